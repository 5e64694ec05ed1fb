# Decorators with functools.wraps, lru_cache, properties with setters on a slotted class, cached_property, MRO and super.
import functools
from functools import wraps, lru_cache, partial, reduce, cached_property, singledispatch

def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        r = fn(*args, **kwargs)
        print(f"call {fn.__name__}{args} {kwargs} -> {r!r}")
        return r
    return wrapper

def repeat(n):
    def deco(fn):
        @functools.wraps(fn)
        def inner(*a):
            return [fn(*a) for _ in range(n)]
        return inner
    return deco

@logged
def add(a, b=2, *, c=0):
    """Adds things."""
    return a + b + c

add(1)
add(1, 5, c=3)
print(add.__name__, add.__doc__, add.__wrapped__.__name__)

@repeat(3)
def hello(x):
    return f"hi {x}"
print(hello("bob"), hello.__name__)

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())

class Temperature:
    __slots__ = ("_c",)
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = 0
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
del t.celsius
print(t.celsius)
try:
    t.other = 1
except AttributeError as e:
    print("slots:", e)

class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print("computing")
        return 3.14159 * self.r ** 2
c = Circle(2)
print(c.area, c.area)

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.n = Counter.count
    def __call__(self, x):
        return x * self.n
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        print("subclass", cls.__name__, kw)
class Sub(Counter, tag="x"):
    pass
c1, c2 = Counter(), Sub()
print(c1(10), c2(10), Counter.count, callable(c1), type(c2).__mro__)

double = partial(lambda x, y: x * y, 2)
print(double(21), reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 0))

@singledispatch
def show(x):
    return f"obj {x}"
@show.register
def _(x: int):
    return f"int {x}"
@show.register(list)
def _(x):
    return f"list of {len(x)}"
print(show(1), show("s"), show([1, 2]))

class Base:
    def __init__(self, name):
        self.name = name
    def greet(self):
        return f"Base {self.name}"
    def __repr__(self):
        return f"<{self.__class__.__name__} {self.name}>"
class A(Base):
    def greet(self):
        return "A+" + super().greet()
class B(Base):
    def greet(self):
        return "B+" + super().greet()
class C(A, B):
    def greet(self):
        return "C+" + super().greet()
print(C("x").greet(), [k.__name__ for k in C.__mro__], C("y"))
print(getattr(c1, "n"), getattr(c1, "zz", "default"), hasattr(c1, "n"), vars(c1))
setattr(c1, "extra", 5)
print(c1.extra, c1.__dict__, type(c1).__name__, Counter.__qualname__)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
class Tagged(metaclass=Meta):
    pass
print(Tagged.tag, type(Tagged).__name__)
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
inc = counter()
print(inc(), inc(), inc())
adders = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders])
