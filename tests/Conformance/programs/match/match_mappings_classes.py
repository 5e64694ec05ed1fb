# match mapping patterns with **rest, class patterns with positional (__match_args__) and keyword sub-patterns.
from dataclasses import dataclass
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest} if rest:
            return f"key {k} with extras {rest}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"type": t}:
            return f"unhandled {t}"
        case _:
            return "not an event"
for ev in [{"type": "click", "pos": (3, 4)}, {"type": "key", "key": "a", "shift": True},
           {"type": "key", "key": "b"}, {"type": "scroll", "dy": 2}, {"kind": "x"}, [1, 2]]:
    print(handle(ev))
@dataclass
class Point:
    x: int
    y: int
@dataclass
class Circle:
    center: Point
    radius: int
class Line:
    __match_args__ = ("start", "end")
    def __init__(self, start, end):
        self.start, self.end = start, end
def describe(shape):
    match shape:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal point {x}"
        case Point():
            return "some point"
        case Circle(Point(x=cx, y=cy), r) if r > 10:
            return f"big circle at {cx},{cy}"
        case Circle(center=c, radius=r):
            return f"circle r={r} at {c}"
        case Line(Point(x1, _), Point(x2, _)) if x1 == x2:
            return "vertical line"
        case Line(start, end):
            return f"line {start} -> {end}"
        case int() | float() as num:
            return f"number {num}"
        case str(s):
            return f"string {s}"
print(describe(Point(0, 0)), describe(Point(0, 5)), describe(Point(3, 3)), describe(Point(1, 2)), sep=" | ")
print(describe(Circle(Point(1, 1), 20)), describe(Circle(Point(2, 3), 1)), sep=" | ")
print(describe(Line(Point(1, 0), Point(1, 9))), describe(Line(Point(0, 0), Point(2, 2))), sep=" | ")
print(describe(4), describe(2.5), describe("hey"), describe(None), sep=" | ")
