# __call__ on every kind of callable: functions, lambdas, builtins, bound methods, classes, instances.
def add_one(x):
    return x + 1


class Greeter:
    def __init__(self, name):
        self.name = name

    def hello(self, punct="!"):
        return "hello " + self.name + punct

    def __call__(self, times):
        return [self.name] * times


class Plain:
    pass


def describe(obj):
    return f"{type(obj).__name__:12} hasattr={hasattr(obj, '__call__')} callable={callable(obj)}"


g = Greeter("ann")
for obj in [add_one, lambda: 0, len, print, g.hello, Greeter, g, Plain(), int, 3, "s"]:
    print(describe(obj))

print(add_one.__call__(41))
print((lambda a, b: a * b).__call__(6, 7))
print(len.__call__([1, 2, 3]), max.__call__(3, 9, 4))
print(g.hello.__call__(), g.hello.__call__(punct="?"))
print(type.__call__(Greeter, "bob").name, g.__call__(2), Greeter.__call__(g, 1))
print(sorted([3, 1, 2], key=abs.__call__))
callbacks = [f.__call__ for f in (str.upper, str.lower, add_one.__call__)]
print([cb("Ab") if i < 2 else cb(1) for i, cb in enumerate(callbacks)])
try:
    add_one.__call__()
except TypeError as e:
    print("TypeError:", e)
try:
    Plain().__call__
except AttributeError as e:
    print("AttributeError:", e)
