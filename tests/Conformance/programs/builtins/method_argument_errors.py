# The TypeError messages of builtin methods and constructors called with the wrong number of arguments
# (METH_O's "takes exactly one argument", clinic's "expected at least/most"), and other everyday errors.
class C:
    def m(self, a, b=1, *, c): pass
    @staticmethod
    def s(x): pass
def f(a, /, b, *args, d, **kw): pass
tests = [
    lambda: C().m(), lambda: C().m(1, 2, 3), lambda: C().m(1, c=1, d=2), lambda: C.s(), lambda: f(), lambda: f(1, 2),
    lambda: f(a=1, b=2, d=3), lambda: f(1, 2, d=1, b=3), lambda: len(5), lambda: 1 + "a", lambda: "a" * 1.5, lambda: [] + (),
    lambda: {}[[]], lambda: [1][5], lambda: {"a": 1}["b"], lambda: int(None), lambda: float("x"),
    lambda: "abc".index("z"), lambda: [1].remove(2), lambda: ().count(), lambda: object().x, lambda: C.nope, lambda: 1 / 0,
    lambda: 1 % 0, lambda: 2.0 // 0, lambda: 10 ** -1 // 0, lambda: -1 ** 0.5 + (-1) ** 0.5 + math_missing, lambda: iter(5),
    lambda: next(iter([])), lambda: "x".join([1]), lambda: sorted([1, "a"]), lambda: hash([]), lambda: {[]: 1}, lambda: set([{}]),
    lambda: str.upper(5), lambda: "%d" % "x", lambda: "{0}{1}".format(1), lambda: "{x}".format(), lambda: int("9" * 5000),
    lambda: [].pop(), lambda: {}.popitem(), lambda: set().pop(), lambda: (1, 2).__setitem__, lambda: setattr(1, "x", 2),
    lambda: type("X", (int, str), {}), lambda: chr(-1), lambda: ord("ab"), lambda: divmod(1, 0), lambda: abs("x"), lambda: -"x",
    lambda: ~1.5, lambda: 1 < None, lambda: max(), lambda: min(1), lambda: list(1, 2), lambda: dict([1]), lambda: dict(a=1, **{"a": 2}),
]
for t in tests:
    try:
        r = t()
        print("ok", type(r).__name__)
    except Exception as e:
        print(type(e).__name__ + ":", e)
cases = {"list":[[], ["append","extend","insert","remove","index","count"]], "tuple":[(), ["index","count"]], "range":[range(1),["index","count"]], "str":["",["join","startswith","endswith","center","ljust","rjust","zfill","format_map","translate","maketrans"]], "dict":[{},["get","setdefault","pop","fromkeys"]], "set":[set(),["add","discard","remove","symmetric_difference_update","symmetric_difference","issubset","issuperset","isdisjoint"]], "frozenset":[frozenset(),["issubset"]], "slice":[slice(1),["indices"]]}
for t,(v,ms) in cases.items():
    for m in ms:
        for args in ((), (1, 2, 3)):
            try: getattr(v,m)(*args)
            except Exception as e: print(t, m, "|", type(e).__name__, e)
for t in (list, tuple, set, frozenset):
    for a, k in (((1,2),{}), ((),{"x":1}), ((),{"iterable":[1]})):
        try: t(*a, **k); print(t.__name__, "ok")
        except TypeError as e: print(t.__name__, "|", e)
