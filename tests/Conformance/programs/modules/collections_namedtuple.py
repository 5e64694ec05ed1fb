# collections.namedtuple: construction, field access, _asdict, _replace, _fields, defaults, and use as dict keys.
from collections import namedtuple
Color = namedtuple("Color", "red green blue")
white = Color(255, 255, 255)
print(white, white.red, white[2], list(white), white._asdict())
print(white._replace(blue=0), Color._fields, Color._make([1, 2, 3]))
r, g, b = Color(10, 20, 30)
print(r + g + b, Color(1, 2, 3) == (1, 2, 3), Color(1, 2, 3) < Color(1, 2, 4))
Stock = namedtuple("Stock", ["symbol", "price", "shares"], defaults=[0])
portfolio = [Stock("ACME", 10.5, 100), Stock("XYZ", 99.0), Stock("FOO", 3.25, 400)]
print(portfolio[1], Stock._field_defaults)
print(sum(s.price * s.shares for s in portfolio), max(portfolio, key=lambda s: s.price).symbol)
print(sorted(portfolio, key=lambda s: s.shares))
positions = {Color(0, 0, 0): "black", Color(255, 0, 0): "red"}
print(positions[(255, 0, 0)])
class Point(namedtuple("PointBase", "x y")):
    __slots__ = ()
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
p = Point(3, 4) + Point(1, 1)
print(p, abs(Point(3, 4)), type(p).__name__, isinstance(p, tuple))
try:
    Color(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    namedtuple("Bad", "class def")
except ValueError as e:
    print("ValueError:", e)
Renamed = namedtuple("Renamed", "a a b", rename=True)
print(Renamed._fields)
