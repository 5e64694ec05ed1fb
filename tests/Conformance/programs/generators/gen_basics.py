# Generator functions: lazy evaluation order, StopIteration, next with default, infinite generators.
def countdown(n):
    print("  start countdown")
    while n > 0:
        print("  yielding", n)
        yield n
        n -= 1
    print("  done")
g = countdown(3)
print(type(g).__name__)
print(next(g))
print(next(g))
print(list(g))
print(next(g, "exhausted"))
try:
    next(g)
except StopIteration:
    print("StopIteration")
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
print(list(take(5, fib())), list(take(3, "abcdef")))
def evens(limit):
    for i in range(limit):
        if i % 2 == 0:
            yield i
print(sum(evens(100)), max(evens(7)), list(evens(0)))
def read_records(lines):
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, _, value = line.partition("=")
        yield key.strip(), value.strip()
config = ["# comment", "name = demo", "", "size=3", "  mode = fast "]
print(dict(read_records(config)))
gen = (x * x for x in range(4))
print(gen.__class__.__name__, list(gen), list(gen))
