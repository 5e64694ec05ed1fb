# Tuple behaviour: comparison element by element, sorting tuples with mixed positions, count/index, concatenation, tuples as records in dicts.
scores = [("ann", 90, 3), ("bob", 90, 1), ("cy", 85, 2), ("ann", 70, 9)]
print(sorted(scores), sorted(scores, key=lambda t: (-t[1], t[2])))
print(max(scores), min(scores, key=lambda t: t[2]))
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 0), (0, 9, 9) < (1,), () < (0,), (1, "a") < (1, "b"))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError:", e)
t = (3, 1, 3, 2, 3)
print(t.count(3), t.index(2), t.index(3, 1), t[::-1], t + (0,), t * 2 == t + t)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), sum(nested[0]), nested == ((1, 2), (3, (4, 5))))
coords = {(0, 0): "origin", (1, 0): "east"}
coords[(0, 1)] = "north"
print(coords, sorted(coords), coords.get((5, 5), "unknown"))
def bounding_box(points):
    xs, ys = zip(*points)
    return (min(xs), min(ys)), (max(xs), max(ys))
print(bounding_box([(1, 5), (-2, 3), (4, -1)]))
versions = ["1.10.2", "1.2.10", "1.2.9", "0.9"]
print(sorted(versions, key=lambda v: tuple(int(p) for p in v.split("."))))
print(tuple(sorted({3, 1, 2})), tuple(reversed((1, 2, 3))), tuple(x * 2 for x in range(3)), (1,) * 3)
