# Hashable dict keys: tuples, frozensets, numbers that compare equal (1, 1.0, True) collapse, unhashable errors.
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d = {(0, 0): "origin", (1, 2): "pt", frozenset({1, 2}): "fs", None: "none", "s": "str", 2.5: "f"}
print(d[(0, 0)], d[frozenset({2, 1})], d[None], d[2.5])
for bad in ([1], {1: 2}, {3}):
    try:
        d[bad] = 1
    except TypeError as e:
        print("TypeError:", e)
class Key:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
    def __hash__(self):
        return hash(self.v)
    def __repr__(self):
        return f"Key({self.v})"
m = {Key(1): "one", Key(2): "two"}
print(m[Key(1)], Key(2) in m, Key(3) in m, m)
class NoHash:
    def __eq__(self, other):
        return True
try:
    {NoHash(): 1}
except TypeError as e:
    print("TypeError:", e)
print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(-2), hash(10 ** 20), hash((1, 2)) == hash((1, 2)))
memo = {}
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    if (r, c) not in memo:
        memo[(r, c)] = paths(r - 1, c) + paths(r, c - 1)
    return memo[(r, c)]
print(paths(10, 10), len(memo), paths(16, 16))
