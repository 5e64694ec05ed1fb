# Lists with builtins: len, min, max, sum, any, all, enumerate, zip, reversed, list(), in, index lookups.
data = [4, 8, 15, 16, 23, 42]
print(len(data), min(data), max(data), sum(data), sum(data) / len(data))
print(any(x > 40 for x in data), all(x > 0 for x in data), any([]), all([]))
for i, x in enumerate(data, start=1):
    print(i, x, end="; ")
print()
print(list(reversed(data)), list(zip(data, data[1:])), [b - a for a, b in zip(data, data[1:])])
print(list(range(5)), list("abc"), list((1, 2)), list({1: 2}), list())
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*matrix)])
print([row[1] for row in matrix], sum(sum(r) for r in matrix), max(map(max, matrix)))
names = ["x", "y", "z"]
scores = [3, 9, 5]
print(dict(zip(names, scores)), sorted(zip(scores, names)))
print(names[scores.index(max(scores))])
print(sum([[1], [2, 3], []], []))
flat = []
for row in matrix:
    flat.extend(row)
print(flat, flat[::-1], flat.count(3))
print([0] * 0, [None] * 3, len([[]]), [[]] == [[]])
evens = list(filter(lambda n: n % 2 == 0, data))
squares = list(map(lambda n: n * n, data))
print(evens, squares)
