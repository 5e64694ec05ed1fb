# for loops over different iterables: strings, dict views, ranges, files written earlier, zip/enumerate unpacking and iteration with index changes.
import os
import tempfile
for ch in "héllo":
    print(ch, end=".")
print()
prices = {"apple": 1.2, "pear": 0.8}
for k in prices:
    print("key", k)
for v in prices.values():
    print("value", v)
for k, v in prices.items():
    print("item", k, v)
for i in range(10, 0, -4):
    print("range", i)
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "lines.txt")
    with open(path, "w") as f:
        f.write("alpha\nbeta\n\ngamma\n")
    with open(path) as f:
        for n, line in enumerate(f, 1):
            print(n, repr(line))
items = ["a", "b", "c", "d"]
for i in range(len(items)):
    items[i] = items[i].upper()
print(items)
for idx, (letter, number) in enumerate(zip("xyz", range(3))):
    print(idx, letter, number)
i = 0
values = [1, 2, 3]
for v in values:
    i += 1
    if v == 2:
        values.append(99)
    if i > 5:
        break
print(values, i)
for x in iter([3, 2, 1]):
    print("iter", x)
for _ in range(0):
    print("never")
