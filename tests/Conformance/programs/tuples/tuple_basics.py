# Tuples: packing/unpacking, single-element tuple, star unpacking, immutability, comparisons, methods.
t = 1, 2, 3
print(t, type(t).__name__, len(t), t[0], t[-1], t[1:])
single = (5,)
not_tuple = (5)
print(single, not_tuple, type(single).__name__, type(not_tuple).__name__, ())
a, b, c = t
print(a, b, c)
first, *rest = [1, 2, 3, 4]
*init, last = "hello"
head, *middle, tail = range(6)
print(first, rest, init, last, head, middle, tail)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
for i, (name, score) in enumerate([("a", 1), ("b", 2)]):
    print(i, name, score)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = 1, 2
except ValueError as e:
    print("ValueError:", e)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), (1, 2) == (1, 2), (1, "a") != (1, "b"))
print(t + (4,), t * 2, 2 in t, t.index(2), (1, 1, 2).count(1))
print(tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({"k": 1}))
inner = ([1], 2)
inner[0].append(3)
print(inner)
print(hash((1, 2, 3)) == hash((1, 2, 3)), hash((1, (2, 3))) == hash((1, (2, 3))))
try:
    hash(([1], 2))
except TypeError as e:
    print("TypeError:", e)
def minmax(values):
    return min(values), max(values)
lo, hi = minmax([3, 9, 1])
print(lo, hi, minmax("zebra"))
