import functools
from functools import reduce, partial, wraps, lru_cache, cache, cached_property, total_ordering, cmp_to_key, singledispatch
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(operator.add, [], 7))
try:
    reduce(operator.add, [])
except TypeError as e:
    print('TypeError:', e)
try:
    reduce(operator.add, 5)
except TypeError as e:
    print('TypeError:', e)

def power(base, exp, *, mod=None):
    return pow(base, exp, mod)
square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=5)
print(square(7), cube_mod(4), square.func is power, square.args, square.keywords)
p2 = partial(partial(max, 1), 5, key=abs)
print(p2.args, p2.keywords, p2(-9), p2.func is max)
print(repr(partial(max, 1, 2)).startswith('functools.partial(<built-in function max>, 1, 2'))
try:
    partial(3)
except TypeError as e:
    print('TypeError:', e)

def deco(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k) + 1
    return wrapper

@deco
def answer(x):
    """Doc of answer."""
    return x * 2
print(answer(20), answer.__name__, answer.__doc__, answer.__wrapped__(1), answer.__qualname__)

@lru_cache(maxsize=2)
def sq(n):
    print('compute', n)
    return n * n
print(sq(2), sq(2), sq(3), sq(4), sq(2))
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq.__name__, sq.cache_parameters())

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())

@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(20), fact.cache_info())

@lru_cache(maxsize=None, typed=True)
def ident(x):
    return type(x).__name__
print(ident(1), ident(1.0), ident.cache_info())
info = fib.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info._fields, type(info).__name__)

class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print('computing area')
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, 'area' in c.__dict__)
del c.area
print(c.area)

@total_ordering
class Ver:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == o.n
    def __lt__(self, o):
        return self.n < o.n
print(Ver(1) <= Ver(2), Ver(3) > Ver(2), Ver(2) >= Ver(2), Ver(1) > Ver(1))
try:
    @total_ordering
    class NoOrder:
        pass
except ValueError as e:
    print('ValueError:', e)

def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(b) - len(a))))

@singledispatch
def show(x):
    return 'obj ' + repr(x)
@show.register(int)
def _(x):
    return 'int ' + str(x)
@show.register(list)
def _(x):
    return 'list of ' + str(len(x))
print(show(1), show([1, 2]), show('s'), show(True), show(2.5))
print(show.dispatch(bool) is show.dispatch(int))
try:
    show()
except TypeError as e:
    print('TypeError:', e)
