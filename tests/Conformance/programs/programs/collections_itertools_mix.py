# collections, itertools and functools heavy code.
from collections import Counter, OrderedDict, namedtuple, ChainMap, deque
from itertools import (accumulate, chain, combinations, combinations_with_replacement, count, cycle, groupby,
                       islice, permutations, product, repeat, starmap, takewhile, dropwhile, zip_longest, tee, compress, pairwise)
from functools import reduce, partial, lru_cache, cmp_to_key, wraps
import operator
words = "the quick brown fox jumps over the lazy dog the end".split()
c = Counter(words)
print(c.most_common(3), c["the"], c["zzz"], sorted((c + Counter(["fox", "new"])).items())[:4], list(c.elements())[:5])
print(c - Counter(the=2), c & Counter(the=1, dog=5), c.total(), Counter("mississippi"))
Point = namedtuple("Point", "x y", defaults=[0])
p = Point(3)
print(p, p._replace(y=4), p._asdict(), Point._fields, Point(1, 2) + (3,), p.x)
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.popitem(last=False)
print(list(od), od)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), dict(cm), cm.new_child({"c": 4}).maps)
print(list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([3, 1, 4], max, initial=2)))
print(list(combinations("abc", 2)), list(permutations([1, 2, 3], 2))[:4], list(product("ab", repeat=2)), len(list(combinations_with_replacement(range(4), 2))))
print([(k, len(list(g))) for k, g in groupby(sorted(words, key=len), key=len)])
print(list(islice(count(10, 3), 4)), list(islice(cycle("xy"), 5)), list(repeat(7, 3)), list(starmap(pow, [(2, 3), (3, 2)])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 2])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 2])), list(zip_longest("ab", "xyz", fillvalue="-")))
a, b = tee(range(3))
print(list(a), list(b), list(compress("abcdef", [1, 0, 1, 0, 1])), list(pairwise("abcd")), list(chain.from_iterable([[1], [2, 3]])))
print(reduce(lambda acc, x: acc * 10 + x, [1, 2, 3]), partial(int, base=2)("1011"), sorted(["b", "A", "c"], key=cmp_to_key(lambda x, y: (x.lower() > y.lower()) - (x.lower() < y.lower()))))
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), fib.cache_info())
def logged(f):
    @wraps(f)
    def inner(*a, **k):
        print("call", f.__name__, a, k)
        return f(*a, **k)
    return inner
@logged
def add(x, y=1):
    "adds"
    return x + y
print(add(2, y=5), add.__name__, add.__doc__, add.__wrapped__(1))
dq = deque(range(5), maxlen=5)
dq.rotate(2); dq.appendleft(-1); dq.extend([9])
print(dq, dq.maxlen, dq.count(9), list(reversed(dq)))
print(sorted(c.items(), key=operator.itemgetter(1, 0), reverse=True)[:3], list(map(operator.attrgetter("x"), [p, Point(5, 5)])), operator.methodcaller("upper")("q"))
