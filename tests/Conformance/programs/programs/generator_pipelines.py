# Generator pipelines, send/throw/close, yield from and itertools interplay.
import itertools
def read_lines():
    data = "10,apple\n\n# comment\n20,pear\nbad line\n5,fig\n"
    for line in data.splitlines():
        yield line
def strip_comments(lines):
    for line in lines:
        if line and not line.startswith("#"):
            yield line
def parse(lines):
    for line in lines:
        try:
            qty, name = line.split(",")
            yield name, int(qty)
        except ValueError:
            print("skip", repr(line))
pipeline = parse(strip_comments(read_lines()))
print(list(pipeline))
def running_avg():
    total, n, avg = 0, 0, None
    while True:
        x = yield avg
        if x is None:
            return total
        total += x
        n += 1
        avg = total / n
g = running_avg()
next(g)
print([g.send(x) for x in [10, 20, 60]])
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
def counter():
    try:
        for i in itertools.count():
            yield i
    finally:
        print("counter closed")
c = counter()
print(next(c), next(c))
c.close()
def inner():
    x = yield 1
    print("inner got", x)
    yield 2
    return "inner-done"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield 3
o = outer()
print(next(o), o.send("hello"), next(o))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(itertools.islice(fib(), 15)), sum(x for x in itertools.takewhile(lambda v: v < 1000, fib()) if x % 2 == 0))
def thrower():
    while True:
        try:
            yield "ok"
        except ValueError as e:
            yield f"handled {e}"
t = thrower()
print(next(t), t.throw(ValueError("boom")), next(t))
gen = (x * x for x in range(5))
print(sum(gen), sum(gen), list(zip(*[iter(range(9))] * 3)))
chunks = lambda it, n: iter(lambda: list(itertools.islice(it, n)), [])
print(list(chunks(iter(range(7)), 3)))
