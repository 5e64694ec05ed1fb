# Lambdas and higher-order functions: passing, returning and composing functions; map/filter/sorted keys.
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, z=2))
def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
inc = lambda x: x + 1
double = lambda x: x * 2
print(compose(inc, double)(5), compose(double, inc)(5), compose()(42))
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(double, 10, 1), apply_n(lambda s: s + "!", 3, "hey"))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print({k: f(6, 3) for k, f in ops.items()})
adders = [lambda x, n=n: x + n for n in range(3)]
late = [lambda x: x + n for n in range(3)]
print([f(10) for f in adders], [f(10) for f in late])
print(list(map(str.upper, ["a", "b"])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
print(list(filter(None, [0, 1, "", "x", None, []])), list(filter(lambda s: s.startswith("a"), ["ab", "ba", "ac"])))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)), square.__name__, (lambda: 0).__name__)
def make_multiplier(k):
    return lambda x: x * k
times3 = make_multiplier(3)
print(times3(7), make_multiplier("ab")(2))
print(type(square).__name__, callable(square), callable(5))
