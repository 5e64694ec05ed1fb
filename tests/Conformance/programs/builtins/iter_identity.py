# iter() returns the object itself for generators, iterators and Python classes whose __iter__ returns self,
# so the zip(it, it) pairing idiom works on every kind of iterable.
import io, itertools, csv
def gen():
    yield 1
    yield 2
g = gen(); print(iter(g) is g, next(iter(g)), list(iter(g)))
it = iter([1, 2]); print(iter(it) is it)
f = io.StringIO("a\nb\n"); print(iter(f) is f, next(f), list(f))
c = itertools.count(); print(iter(c) is c)
m = map(str, [1]); print(iter(m) is m)
e = enumerate("ab"); print(iter(e) is e)
z = zip("a", "b"); print(iter(z) is z)
r = csv.reader(["a,b"]); print(iter(r) is r)
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
i = It(); print(iter(i) is i)
ge = (x for x in "ab"); print(iter(ge) is ge, list(zip(ge, ge)))
d = {"a": 1}; ki = iter(d); print(iter(ki) is ki)
def pairs(seq):
    it = iter(seq)
    return list(zip(it, it))
print(pairs(gen()), pairs([1, 2, 3, 4]), pairs(x * 2 for x in range(6)))
