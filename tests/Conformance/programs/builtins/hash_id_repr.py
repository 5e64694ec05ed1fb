# hash() of ints, floats, tuples and frozensets of ints (deterministic), equality/hash consistency, repr vs str.
for v in [0, 1, -1, -2, 42, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 10 ** 30]:
    print(v, hash(v))
for v in [0.0, 1.0, 1.5, -2.25, 1e100, 0.1]:
    print(v, hash(v))
print(hash((1, 2)), hash((1, 2, 3)), hash(()), hash((0,)), hash(((1, 2), 3)))
print(hash(frozenset({1, 2, 3})) == hash(frozenset({3, 2, 1})), hash(frozenset()) == hash(frozenset()))
print(hash(1) == hash(1.0) == hash(True), hash(2 ** 61 - 1) == hash(0))
print(hash(None) == hash(None), hash(3 + 0j) == hash(3))
for value in [[1, 2.5, "x"], {"a": (1, None)}, (True, False), -0.0, 1e16, "it's", 'say "hi"']:
    print(repr(value), str(value), repr(repr(value)))
class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"P({self.x!r})"
    def __eq__(self, other):
        return isinstance(other, P) and self.x == other.x
    def __hash__(self):
        return hash(("P", self.x))
print(repr(P("a")), P(1) == P(1), len({P(1), P(1), P(2)}))
a = [1, 2]
print(a is a, id(a) == id(a), a is not a.copy())
