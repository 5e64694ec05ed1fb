# pickle: CPython's byte output for builtin values in every protocol, and round trips of instances,
# slots, __getstate__/__setstate__, dataclasses, namedtuples, collections and shared references.
import pickle
import io
from dataclasses import dataclass
from collections import namedtuple, OrderedDict, defaultdict, Counter, deque

class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        return type(other) is P and other.x == self.x
    def __repr__(self):
        return f"P({self.x!r})"

class S:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1

class Custom:
    def __init__(self, v):
        self.v = v
        self.cache = "drop"
    def __getstate__(self):
        return {"v": self.v}
    def __setstate__(self, state):
        self.v = state["v"]
        self.cache = None

@dataclass
class D:
    name: str
    tags: list

Pt = namedtuple("Pt", "x y")

data = {"a": [1, 2.5, "x", (3, None), b"raw", 10**30, -7, 3+4j], "b": {True, False}, "f": frozenset([1])}
for proto in range(0, 6):
    s = pickle.dumps(data, protocol=proto)
    print(proto, len(s), pickle.loads(s) == data)
print(pickle.dumps([1, "two", 3.0, None, True]))
print(pickle.dumps({"k": (1, 2)}, protocol=2))
p = pickle.loads(pickle.dumps(P([1, {"z": 2}])))
print(p, p == P([1, {"z": 2}]))
s = pickle.loads(pickle.dumps(S()))
print(s.a, hasattr(s, "b"))
c = pickle.loads(pickle.dumps(Custom(5)))
print(c.v, c.cache)
print(pickle.loads(pickle.dumps(D("n", [1, 2]))), pickle.loads(pickle.dumps(Pt(1, 2))))
print(pickle.loads(pickle.dumps(OrderedDict(a=1))), pickle.loads(pickle.dumps(Counter("aab"))), pickle.loads(pickle.dumps(deque([1, 2], maxlen=3))))
dd = pickle.loads(pickle.dumps(defaultdict(list, {"x": [1]})))
print(dd, dd["new"])
shared = [1]
pair = pickle.loads(pickle.dumps([shared, shared]))
print(pair[0] is pair[1])
buf = io.BytesIO()
pickle.dump({"x": 1}, buf)
buf.seek(0)
print(pickle.load(buf))
def outer():
    def inner():
        pass
    return inner
try:
    pickle.dumps(outer())
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__, e)
import threading
try:
    pickle.dumps(threading.Lock())
except TypeError as e:
    print("TypeError", e)
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
