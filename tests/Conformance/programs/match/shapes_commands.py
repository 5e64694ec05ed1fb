# Structural pattern matching: class patterns with guards, sequence and mapping patterns, or-patterns, value patterns.
from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

@dataclass
class Circle:
    center: Point
    radius: float

@dataclass
class Rect:
    corner: Point
    w: float
    h: float

def describe(shape):
    match shape:
        case Circle(center=Point(x=0, y=0), radius=r):
            return f"circle at origin r={r}"
        case Circle(Point(x, y), r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle():
            return "circle"
        case Rect(Point(x, y), w, h) if w == h:
            return f"square {w} at ({x}, {y})"
        case Rect(w=w, h=h):
            return f"rect {w}x{h}"
        case _:
            return "unknown"

for s in [Circle(Point(0, 0), 5), Circle(Point(1, 2), 20), Circle(Point(1, 2), 3), Rect(Point(0, 1), 4, 4), Rect(Point(0, 1), 2, 3), "x"]:
    print(describe(s))

def command(cmd):
    match cmd.split():
        case []:
            return "empty"
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"going {d}"
        case ["go", *rest]:
            return f"can't go {' '.join(rest)}"
        case ["take", item, *others] if others:
            return f"take {item} and {len(others)} more"
        case ["take", item]:
            return f"take {item}"
        case [single]:
            return f"single {single}"
        case _:
            return "?"
for c in ["", "go north", "go up high", "take lamp", "take a b c", "look", "drop it now"]:
    print(repr(c), command(c))

def kind(v):
    match v:
        case None:
            return "none"
        case True | False:
            return "bool"
        case int(n) if n < 0:
            return "negative int"
        case int() | float():
            return "number"
        case str() as s if not s:
            return "empty str"
        case str():
            return "str"
        case {"type": "user", "name": str(name), **rest}:
            return f"user {name} {rest}"
        case {"type": t}:
            return f"typed {t}"
        case (a, b):
            return f"pair {a} {b}"
        case [a, b, c, *_]:
            return f"seq3+ {a}{b}{c}"
        case _:
            return f"other {type(v).__name__}"
for v in [None, True, -5, 5, 2.5, "", "s", {"type": "user", "name": "bo", "age": 3}, {"type": "x"}, (1, 2), [1, 2, 3, 4], {1, 2}, b"b"]:
    print(kind(v))
STATUS_OK = 200
class Codes:
    NOT_FOUND = 404
def http(code):
    match code:
        case Codes.NOT_FOUND:
            return "not found"
        case 200 | 201 | 204:
            return "ok"
        case x if 500 <= x < 600:
            return "server error"
        case _:
            return "other"
print([http(c) for c in (200, 404, 503, 302)])
match {"a": [1, {"b": (2, 3)}]}:
    case {"a": [1, {"b": (first, *more)}]}:
        print("deep", first, more)
