# match with builtin type patterns (int(), str(), list(), dict()), value constants, tuples vs lists, and bool/int distinctions.
import math
def kind(x):
    match x:
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(f) if math.isnan(f):
            return "nan"
        case float(f):
            return f"float {f}"
        case str() as s if s.isdigit():
            return f"digit string {s}"
        case str(s):
            return f"string {s!r}"
        case (a, b):
            return f"pair {a},{b}"
        case [*items] if len(items) > 2:
            return f"long sequence of {len(items)}"
        case {"id": int(i)}:
            return f"record {i}"
        case dict() as d if not d:
            return "empty dict"
        case set() | frozenset():
            return f"a set of {len(x)}"
        case None:
            return "nothing"
        case _:
            return f"other {type(x).__name__}"
for v in [True, -3, 7, float("nan"), 2.5, "42", "hi", (1, 2), [1, 2], [1, 2, 3], {"id": 9, "x": 1}, {}, {1, 2},
          frozenset(), None, b"bytes", {"id": "s"}, range(2)]:
    print(repr(v), "->", kind(v))
class Limits:
    LOW = 1
    HIGH = 10
def classify(n):
    match n:
        case Limits.LOW:
            return "low limit"
        case Limits.HIGH:
            return "high limit"
        case MAX_:
            return f"captured {MAX_}"
print(classify(1), classify(10), classify(5))
