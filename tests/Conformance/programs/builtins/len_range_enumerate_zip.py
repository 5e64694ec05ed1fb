# len, range (len, indexing, containment, reversed, negative steps), enumerate with start, zip with strict.
r = range(2, 20, 3)
print(r, len(r), r[0], r[-1], r[2:4], list(r), 11 in r, 12 in r, r.index(8), r.count(5))
print(list(range(10, 0, -3)), len(range(0, -10, -2)), list(reversed(range(4))), range(0) == range(5, 5))
print(len("hello"), len([1, [2, 3]]), len({}), len({1: 2, 3: 4}), len(range(1000000)), len(b"ab"), len((1,)))
for i, c in enumerate("abc", start=10):
    print(i, c)
print(list(enumerate(["x", "y"])), dict(enumerate("ab", 1)))
print(list(zip("abc", [1, 2, 3], (True, False, None))), list(zip("abcd", range(2))), list(zip()))
try:
    list(zip("abc", [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)
names = ["ann", "bob"]
ages = [31, 42]
for n, a in zip(names, ages):
    print(f"{n}: {a}")
pairs = [(1, "a"), (2, "b"), (3, "c")]
nums, letters = zip(*pairs)
print(nums, letters)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    range(1, 5, 0)
except ValueError as e:
    print("ValueError:", e)
print(sum(1 for _ in range(0, 100, 7)), max(range(3, 50, 7)), range(3, 50, 7)[-2])
