# min/max with key and default, iterables vs multiple args, sum with start, abs, divmod, pow with modulus.
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("apple", "pear", key=len), max("abc"))
print(min([], default="empty"), max((), default=None), min([5], default=0))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
words = ["kiwi", "fig", "banana", "plum", "date"]
print(min(words, key=len), max(words, key=len), max(words, key=lambda w: (len(w), w)))
pts = [(1, 5), (3, 2), (2, 9)]
print(max(pts, key=lambda p: p[1]), min(pts), max(pts))
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1, 0.2]), sum([[1], [2]], []), sum(range(101)), sum([]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(abs(-5), abs(5.5), abs(-0.0), abs(3 - 4j), abs(True))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(2 ** 70, 10 ** 9))
print(pow(2, 10), pow(2, -2), pow(2, 10, 1000), pow(7, 128, 13), pow(-3, 3), pow(2.0, 0.5), pow(0, 0))
print(max(1, 2.5, True), min(-1, -1.0), max([3, 3.0]), min([3.0, 3]))
scores = {"ann": 88, "bob": 95, "cy": 70}
print(max(scores, key=scores.get), min(scores.values()), sum(scores.values()) / len(scores))
print(max(enumerate([4, 9, 2]), key=lambda t: t[1]))
