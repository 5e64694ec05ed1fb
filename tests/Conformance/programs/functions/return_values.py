# Return values: implicit None, early returns, multiple values as tuples, returning functions and generators, guard clauses.
def nothing():
    pass
def early(x):
    if x < 0:
        return "negative"
    if x == 0:
        return
    return "positive"
print(nothing(), early(-1), early(0), early(5))
def divmod_like(a, b):
    return a // b, a % b
q, r = divmod_like(17, 5)
result = divmod_like(17, 5)
print(q, r, result, type(result).__name__)
def parse_int(text):
    try:
        return int(text), None
    except ValueError as e:
        return None, str(e)
print(parse_int("42"), parse_int("x"))
def make_op(name):
    if name == "double":
        return lambda x: x * 2
    def identity(x):
        return x
    return identity
print(make_op("double")(4), make_op("other")(4), make_op("other").__name__)
def evens_up_to(n):
    return (i for i in range(0, n + 1, 2))
print(list(evens_up_to(8)))
def first_word(s):
    for word in s.split():
        if word.isalpha():
            return word
    return ""
print(repr(first_word("12 34 hello world")), repr(first_word("1 2")))
def loop_return():
    for i in range(10):
        try:
            if i == 3:
                return i
        finally:
            if i == 3:
                print("  finally before returning", i)
print(loop_return())
print(print("inner print returns None"))
