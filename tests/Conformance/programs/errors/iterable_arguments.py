# Builtins that take an iterable check it when called, and None is not an empty iterable.
def attempt(label, f):
    try:
        f()
        print(label, "ok")
    except TypeError as e:
        print(label, "TypeError:", e)

attempt("list(None)", lambda: list(None))
attempt("tuple(None)", lambda: tuple(None))
attempt("set(None)", lambda: set(None))
attempt("frozenset(None)", lambda: frozenset(None))
attempt("list()", lambda: list())
attempt("zip(1)", lambda: zip(1))
attempt("zip([], 2)", lambda: zip([], 2))
attempt("enumerate(1)", lambda: enumerate(1))
attempt("map(str, 5)", lambda: map(str, 5))
attempt("map(str)", lambda: map(str))
attempt("map()", lambda: map())
attempt("map(str, [], 3)", lambda: map(str, [], 3))

def delete(container, key):
    del container[key]

attempt("del tuple[0]", lambda: delete((1, 2), 0))
attempt("del str[0]", lambda: delete("ab", 0))
attempt("del tuple['a']", lambda: delete((1, 2), "a"))
attempt("del int[0]", lambda: delete(5, 0))
attempt("del None[0]", lambda: delete(None, 0))
attempt("del frozenset[0]", lambda: delete(frozenset(), 0))

class Plain:
    pass

attempt("del Plain()[0]", lambda: delete(Plain(), 0))
attempt("del Plain()['k']", lambda: delete(Plain(), "k"))
