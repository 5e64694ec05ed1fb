import functools
from functools import lru_cache, partial, singledispatch, wraps, reduce, partialmethod, cached_property, singledispatchmethod

class Calc:
    def __init__(self, k):
        self.k = k
    @lru_cache(maxsize=None)
    def times(self, n):
        print('calc', self.k, n)
        return self.k * n
    def __hash__(self):
        return self.k
    def __eq__(self, other):
        return self.k == other.k
a = Calc(2)
print(a.times(3), a.times(3), Calc(2).times(3), Calc.times.cache_info())

def greet(greeting, name, punct='.'):
    return f'{greeting}, {name}{punct}'
hi = partial(greet, 'Hi')
print(hi('Bo'), hi('Al', punct='!'), hi.func.__name__, partial(greet, punct='?')('Yo', 'Z'))
print(repr(partial(greet, 'x', punct='!')).split(' at ')[0], type(hi).__name__)
class P(partial):
    pass
print(repr(P(max, 1)).startswith('P(<built-in function max>, 1)'))

def trace(fn):
    @wraps(fn)
    def inner(*a, **k):
        print('->', fn.__name__, a, k)
        return fn(*a, **k)
    return inner
@trace
def add(x, y=0):
    """Add."""
    return x + y
add.extra = 1
print(add(1, y=2), add.__doc__, add.__wrapped__.__name__, add.__module__)
def src():
    pass
src.attr = 'copied'
@wraps(src)
def dst():
    pass
print(dst.attr, dst.__name__, dst.__wrapped__ is src)

@singledispatch
def fmt(arg):
    return f'default:{arg}'
@fmt.register
def _(arg: int):
    return f'int:{arg}'
@fmt.register
def _(arg: float):
    return f'float:{arg:.1f}'
@fmt.register(str)
@fmt.register(bytes)
def _(arg):
    return f'text:{arg!r}'
print(fmt(1), fmt(2.5), fmt('s'), fmt(b'b'), fmt(None), fmt(True), sorted(k.__name__ for k in fmt.registry))

class Fmt:
    @singledispatchmethod
    def show(self, arg):
        return 'obj'
    @show.register
    def _(self, arg: int):
        return 'int'
    @show.register
    def _(self, arg: list):
        return 'list'
print(Fmt().show(1), Fmt().show([]), Fmt().show('x'))

class Cell:
    def __init__(self):
        self._alive = False
    def set_state(self, state):
        self._alive = bool(state)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
c = Cell()
c.set_alive()
print(c._alive)
c.set_dead()
print(c._alive)

class Data:
    def __init__(self, xs):
        self.xs = xs
    @cached_property
    def total(self):
        print('summing')
        return sum(self.xs)
d = Data([1, 2, 3])
print(d.total, d.total)
d.total = 100
print(d.total, Data.total.__class__.__name__, Data.total.attrname)
try:
    class Two:
        @cached_property
        def a(self):
            return 1
        b = a
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e if isinstance(e, TypeError) else e.__cause__)
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []), reduce(max, [3, 9, 2]))
@lru_cache(maxsize=3)
def f(x):
    return x
for i in [1, 2, 3, 1, 4, 2, 5]:
    f(i)
print(f.cache_info())
@lru_cache(maxsize=0)
def g(x):
    return x
g(1); g(1)
print(g.cache_info())
try:
    lru_cache('x')
except TypeError as e:
    print('TypeError:', e)
print(f(1, ) == 1, functools.cmp_to_key(lambda a, b: a - b)(1) < functools.cmp_to_key(lambda a, b: a - b)(2))
