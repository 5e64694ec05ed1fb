# itertools' iterators are instances of the module's own types (itertools.count, ...), and count and repeat
# show their current state in their reprs; deque, bytearray and reversed dict views have their own iterator types.
import collections
import itertools

iterators = [
    itertools.count(), itertools.cycle("a"), itertools.repeat(1), itertools.chain([1]),
    itertools.chain.from_iterable([[1]]), itertools.islice("ab", 1), itertools.groupby("ab"),
    next(itertools.groupby("ab"))[1], itertools.product("a"), itertools.permutations("a"),
    itertools.combinations("a", 1), itertools.combinations_with_replacement("a", 1),
    itertools.zip_longest("a"), itertools.starmap(pow, []), itertools.takewhile(bool, []),
    itertools.dropwhile(bool, []), itertools.filterfalse(None, []), itertools.accumulate([1]),
    itertools.tee("a")[0], itertools.compress("a", [1]), itertools.pairwise("ab"),
    iter(collections.deque()), reversed(collections.deque()), iter(bytearray(b"x")),
    reversed({1: 2}), reversed({1: 2}.keys()), reversed({1: 2}.values()), reversed({1: 2}.items()),
]
for it in iterators:
    print(type(it).__module__, type(it).__name__)

c = itertools.count(3)
print(c, next(c), next(c), c)
print(itertools.count(1, 2), itertools.count(0, True), itertools.count(1.5, 0.5), itertools.count(0, 1.0))
r = itertools.repeat("x", 3)
print(r, next(r), r, list(r), r)
print(itertools.repeat(1), itertools.repeat(1, -4), list(itertools.repeat(7, -1)))
print(list(itertools.islice(itertools.repeat(0), 3)), list(zip(itertools.count(10, -2.5), "abc")))
