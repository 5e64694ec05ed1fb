# Builtins on functions and classes: callable, type checks, functions stored in containers, and dispatch tables.
def add(a, b):
    return a + b
def sub(a, b):
    return a - b
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, a, b):
        return a * b * self.k
ops = {"add": add, "sub": sub, "mul": Multiplier(1), "max": max, "pow": pow, "cat": lambda a, b: f"{a}{b}"}
for name, fn in ops.items():
    print(name, fn(7, 3), callable(fn))
print(callable(Multiplier), callable(Multiplier(2)), callable("str"), callable(str), callable(str.upper), callable(None))
print(sorted(ops))
pipeline = [str.strip, str.title, lambda s: s.replace(" ", "")]
value = "  hello big world "
for step in pipeline:
    value = step(value)
    print(repr(value))
print(list(map(Multiplier(3), [1, 2], [3, 4])))
bound = "a-b-c".split
print(bound("-"), bound.__name__, type(bound).__name__)
method = [3, 1, 2].index
print(method(2))
