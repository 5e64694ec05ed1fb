# functools: lru_cache/cache statistics, partial, cached_property, singledispatch and singledispatchmethod (which calls function.__get__), wraps, total_ordering.
import functools
from functools import lru_cache, partial, cached_property, singledispatch, wraps, cache

@lru_cache(maxsize=32)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
fib.cache_clear(); print(fib.cache_info())
@cache
def fact(n): return 1 if n == 0 else n * fact(n - 1)
print(fact(30), fact.cache_info())
def power(base, exp): return base ** exp
sq = partial(power, exp=2); print(sq(7), sq.func.__name__, sq.keywords, sq.args)
p2 = partial(power, 2); print(p2(10), repr(partial(int, base=2))[:30])
class Data:
    def __init__(self, xs): self.xs = xs
    @cached_property
    def total(self):
        print("computing"); return sum(self.xs)
d = Data([1, 2, 3]); print(d.total, d.total, "total" in vars(d))
del d.total; print(d.total)
@singledispatch
def describe(x): return f"object {x!r}"
@describe.register
def _(x: int): return f"int {x}"
@describe.register(list)
def _(x): return f"list of {len(x)}"
@describe.register
def _(x: str): return f"str {x.upper()}"
print(describe(1), describe("a"), describe([1, 2]), describe(2.5), describe(True))
def logged(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        print(f"calling {fn.__name__}{a}{k}")
        return fn(*a, **k)
    return wrapper
@logged
def add(a, b=0):
    """Adds."""
    return a + b
print(add(1, b=2), add.__name__, add.__doc__, add.__wrapped__(3))
def deco_with_args(times):
    def deco(f):
        @functools.wraps(f)
        def inner(*args):
            return [f(*args) for _ in range(times)]
        return inner
    return deco
@deco_with_args(3)
def greet(n): return "hi " + n
print(greet("x"), greet.__qualname__)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
class Acc:
    @functools.singledispatchmethod
    def add(self, x): return "generic"
    @add.register
    def _(self, x: int): return "int"
print(Acc().add(1), Acc().add("s"))
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __gt__(self, o): return self.v > o.v
print(V(1) < V(2), V(1) <= V(1), V(3) >= V(4))
print(functools.reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
