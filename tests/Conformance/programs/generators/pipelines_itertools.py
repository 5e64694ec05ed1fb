# Generator pipelines, send/throw/close, yield from return values, and the itertools toolbox.
import itertools
from itertools import count, islice, takewhile, dropwhile, chain, groupby, accumulate, tee, cycle, repeat, starmap, zip_longest, product, compress, filterfalse, pairwise
import operator

def read_lines():
    text = "alpha 3\nbeta 7\n# comment\ngamma 12\n\ndelta 5\n"
    for line in text.splitlines():
        yield line

def strip_comments(lines):
    for line in lines:
        line = line.strip()
        if line and not line.startswith("#"):
            yield line

def parse(lines):
    for line in lines:
        name, val = line.split()
        yield name, int(val)

pipeline = parse(strip_comments(read_lines()))
print(list(pipeline))
print(next(pipeline, "done"))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(islice(fib(), 15)))
print(list(takewhile(lambda x: x < 100, fib())))
print(list(islice(dropwhile(lambda x: x < 10, fib()), 3)))

def averager():
    total = n = 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            return total
        total += x
        n += 1
        avg = total / n
g = averager()
next(g)
print(g.send(10), g.send(20), g.send(60))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)

def delegator():
    result = yield from averager()
    yield f"sub returned {result}"
d = delegator()
next(d); d.send(4); d.send(6)
print(d.send(None))

def closing_gen():
    try:
        for i in count():
            yield i
    finally:
        print("cleanup")
cg = closing_gen()
print(next(cg), next(cg))
cg.close()

def thrower():
    while True:
        try:
            yield "ok"
        except ValueError as e:
            yield f"caught {e}"
t = thrower()
print(next(t), t.throw(ValueError("boom")), next(t))

data = [("a", 1), ("a", 2), ("b", 3), ("c", 4), ("c", 5), ("a", 6)]
for k, grp in groupby(data, key=operator.itemgetter(0)):
    print(k, [v for _, v in grp])
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([3, 1, 4], max, initial=2)))
a, b = tee(range(4))
print(list(a), list(b))
print(list(islice(cycle("ab"), 5)), list(repeat("x", 3)), list(starmap(pow, [(2, 3), (3, 2)])))
print(list(zip_longest("abc", [1], fillvalue="-")), list(product([0, 1], repeat=2)))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(filterfalse(lambda x: x % 2, range(7))), list(pairwise("abcd")))
print(list(chain.from_iterable(["ab", "cd"])), list(itertools.combinations_with_replacement("ab", 2)))
squares = (x * x for x in range(5))
print(sum(squares), sum(squares), type(squares).__name__)
def chunks(it, n):
    it = iter(it)
    while chunk := list(islice(it, n)):
        yield chunk
print(list(chunks(range(10), 3)))
gen = (x for x in [1, 2])
print(next(gen), next(gen), next(gen, None))
def gen_ret():
    yield 1
    return 5
print(list(gen_ret()))
print(list(map(lambda p: p[0] * p[1], zip(count(1), "abc"))))
