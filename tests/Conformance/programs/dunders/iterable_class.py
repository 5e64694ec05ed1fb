# A class that is its own iterator vs one returning fresh iterators; __iter__ + __next__ + __len__ + __contains__ + __bool__.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
c = Countdown(3)
print(list(c), list(c))
class Bag:
    def __init__(self, *items):
        self._items = list(items)
    def __iter__(self):
        return iter(self._items)
    def __len__(self):
        return len(self._items)
    def __contains__(self, item):
        print("  __contains__", item)
        return item in self._items
    def __bool__(self):
        print("  __bool__")
        return len(self._items) > 0
b = Bag("x", "y", "z")
print(list(b), list(b), len(b), "y" in b, "q" in b)
if b:
    print("bag is truthy")
print(sorted(b, reverse=True), list(zip(b, b)), dict.fromkeys(b, 0), set(b) == {"x", "y", "z"})
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a <= self.limit:
            yield a
            a, b = b, a + b
f = Fib(100)
print(list(f), sum(f), max(f), 55 in f, 56 in f)
a, b_, *rest = Fib(10)
print(a, b_, rest)
print(list(enumerate(Fib(5))), [x * 2 for x in Fib(20) if x % 2])
