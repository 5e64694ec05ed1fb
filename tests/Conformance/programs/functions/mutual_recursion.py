# Mutual recursion and functions defined later: is_even/is_odd, a recursive-descent list parser, and forward references.
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print([is_even(n) for n in range(6)], is_odd(99))
def parse_list(tokens, i=0):
    assert tokens[i] == "["
    i += 1
    items = []
    while tokens[i] != "]":
        if tokens[i] == "[":
            item, i = parse_list(tokens, i)
        else:
            item, i = parse_atom(tokens, i)
        items.append(item)
        if tokens[i] == ",":
            i += 1
    return items, i + 1
def parse_atom(tokens, i):
    return int(tokens[i]), i + 1
text = "[1, [2, 3], [], [[4]], 5]"
tokens = text.replace("[", " [ ").replace("]", " ] ").replace(",", " , ").split()
print(tokens)
print(parse_list(tokens)[0])
def caller():
    return defined_later() * 2
def defined_later():
    return 21
print(caller())
def hofstadter_f(n):
    return 1 if n == 0 else n - hofstadter_m(hofstadter_f(n - 1))
def hofstadter_m(n):
    return 0 if n == 0 else n - hofstadter_f(hofstadter_m(n - 1))
print([hofstadter_f(n) for n in range(15)])
print([hofstadter_m(n) for n in range(15)])
