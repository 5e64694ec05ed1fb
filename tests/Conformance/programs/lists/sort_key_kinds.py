# list.sort and sorted over keys of one builtin type (float, int, str, tuple) and over mixed keys: the results,
# the stability of equal keys, NaN's effect on order, and the TypeErrors of unorderable keys.
import math
import random

r = random.Random(11)
floats = [r.uniform(-5, 5) for _ in range(300)] + [0.0, -0.0, 1e308, -1e308, math.inf, -math.inf]
print(sorted(floats)[:4], sorted(floats)[-4:], sorted(floats, reverse=True)[:3])
ints = [r.randrange(-10**6, 10**6) for _ in range(300)] + [2**63 - 1, -2**63]
print(sorted(ints)[:3], sorted(ints)[-3:])
big = ints + [10**30, -10**30]
print(sorted(big)[:2], sorted(big)[-2:])
words = ["".join(r.choice("abcXYZ\u00e9\u4e2d") for _ in range(r.randrange(0, 5))) for _ in range(300)]
words += ["\U0001f600", "\uffff", "\ue000", "a\U0001f600", "a\uffff"]
print(sorted(words)[:6], sorted(words)[-6:])
pairs = [(r.randrange(5), r.choice("xyz"), i) for i in range(200)]
print(sorted(pairs)[:5], sorted(pairs, key=lambda p: (p[1], -p[0]))[:5])
ragged = [(1,), (1, 2), (), (0, 5, 5), (1, 1), (0,), (1, 2, 0)]
print(sorted(ragged))
mixed_first = [(1, "a"), (1.5, "b"), (0, "c"), (True, "d"), (-2.5, "e")]
print(sorted(mixed_first))
stable = sorted([(k % 3, k) for k in range(20)], key=lambda t: t[0])
print(stable)
print(sorted(["b", "a", "c"], key=len), sorted([3, 1, 2], key=lambda x: -x))
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0]), sorted([nan, 3.0, 1.0]))
print(sorted([1, 2.5, True, 0, -1.5]))
print(sorted([(1, nan), (1, 2.0), (0, nan)]))
for bad in ([1, "a"], [(1, "a"), (1, 2)], [(), None], ["a", b"a"]):
    try:
        sorted(bad)
    except TypeError as exc:
        print("TypeError:", exc)


class Key:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Key.calls += 1
        return self.v < other.v

    def __repr__(self):
        return f"Key({self.v})"


keys = [Key(v) for v in (5, 3, 9, 1, 3)]
print(sorted(keys), Key.calls)
print(sorted([(1, Key(2)), (1, Key(1)), (0, Key(9))]))


class Sub(tuple):
    def __lt__(self, other):
        return len(self) > len(other)


print(sorted([Sub((1,)), Sub((1, 2)), Sub(())]))
print(1 < 2, "a" < "b", (1 < 2) is True, ("b" < "a") is False, [1, 2] < [1, 3], (1, 2) <= (1, 2))


class Rev(list):
    def __gt__(self, other):
        return "Rev.__gt__"


print((1,) < Sub(()), Sub((1,)) < (), [1] < Rev([0]), Rev([0]) > [1], Rev([2]) < [1], sorted([Rev([2]), Rev([1])]))
