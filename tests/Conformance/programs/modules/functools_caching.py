# functools.lru_cache (maxsize, cache_info, cache_clear), functools.cache, cached_property and total_ordering.
from functools import lru_cache, cache, cached_property, total_ordering
calls = []
@lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(calls), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
@lru_cache(maxsize=2)
def square(n):
    print("  computing", n)
    return n * n
for n in [1, 2, 1, 3, 1, 2]:
    print(n, square(n))
print(square.cache_info())
@cache
def ways(n, coins=(1, 2, 5)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])
print(ways(100), ways(200))
class Report:
    def __init__(self, data):
        self.data = data
    @cached_property
    def total(self):
        print("  summing")
        return sum(self.data)
r = Report([1, 2, 3])
print(r.total, r.total, "total" in vars(r))
@total_ordering
class Grade:
    order = "FDCBA"
    def __init__(self, letter):
        self.letter = letter
    def __eq__(self, other):
        return self.letter == other.letter
    def __lt__(self, other):
        return self.order.index(self.letter) < self.order.index(other.letter)
    def __repr__(self):
        return self.letter
gs = [Grade(c) for c in "BAFCD"]
print(sorted(gs), max(gs), Grade("A") >= Grade("B"), Grade("C") <= Grade("C"), Grade("F") > Grade("D"))
