# set and frozenset of ints: union, intersection, difference, symmetric difference, subset tests, methods.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([7]), a.intersection(range(3)), a.difference({1}), a.symmetric_difference({1, 9}))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a.isdisjoint({8, 9}), a.issubset(range(10)))
s = set()
s.add(3)
s.add(1)
s.add(3)
print(s, len(s))
s.update([5, 7], (9,))
print(s)
s.discard(100)
s.discard(5)
s.remove(7)
print(s)
try:
    s.remove(100)
except KeyError as e:
    print("KeyError:", e)
print(s.pop(), s)
c = {10, 20, 30}
c &= {20, 30, 40}
print(c)
c |= {1}
c -= {20}
c ^= {1, 2}
print(c)
f = frozenset([3, 1, 2, 3])
print(f, type(f).__name__, f | {9}, type(f | {9}).__name__, {f: "key"}[frozenset({1, 2, 3})])
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
print(set("aab") == {"a", "b"}, set() == frozenset(), {1, 2} == {2, 1}, len({1, 1.0, True}))
print(sorted({5, -1, 3}), min({4, 2, 8}), sum({1, 2, 3}), 2 in {1, 2})
print(set(range(10)) - set(range(0, 10, 3)), {x % 4 for x in range(20)})
print(set(), frozenset(), repr(set()), {(1, 2), (0, 1)} == {(0, 1), (1, 2)})
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
print(sorted(set([3, 1, 2]) | frozenset([10])), {-1, -5, 100, 7, 64, 0})
