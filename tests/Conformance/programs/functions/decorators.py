# Decorators: plain, with arguments, functools.wraps preserving metadata, stacking order, class-based.
import functools
def trace(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f"-> {func.__name__}{args} {kwargs}")
        result = func(*args, **kwargs)
        print(f"<- {func.__name__} = {result!r}")
        return result
    return wrapper
@trace
def add(a, b):
    """Adds two numbers."""
    return a + b
add(2, 3)
print(add.__name__, add.__doc__, add.__wrapped__(1, 1))
def repeat(times):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorator
@repeat(3)
def roll(x):
    return x * 2
print(roll(4))
def bold(f):
    return lambda: "<b>" + f() + "</b>"
def italic(f):
    return lambda: "<i>" + f() + "</i>"
@bold
@italic
def text():
    return "hi"
print(text())
def no_wraps(func):
    def inner():
        return func()
    return inner
@no_wraps
def named():
    pass
print(named.__name__)
class CountCalls:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.calls = 0
    def __call__(self, *args):
        self.calls += 1
        return self.func(*args)
@CountCalls
def hello(name):
    return "hello " + name
print(hello("a"), hello("b"), hello.calls, hello.__name__)
registry = {}
def register(name):
    def deco(f):
        registry[name] = f
        return f
    return deco
@register("sq")
def sq(x):
    return x * x
@register("neg")
def neg(x):
    return -x
print({k: f(5) for k, f in registry.items()})
