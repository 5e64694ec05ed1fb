# Arithmetic dunders: __add__/__sub__/__mul__/__truediv__/__neg__/__abs__, reflected ops, NotImplemented, in-place.
import math
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return Vec(self.x + other.x, self.y + other.y)
    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return NotImplemented
    def __rmul__(self, k):
        print("  __rmul__ called")
        return self * k
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return math.hypot(self.x, self.y)
    def __iadd__(self, other):
        print("  __iadd__ called")
        self.x += other.x
        self.y += other.y
        return self
    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)
    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a, a * b, a / 2, -a, +a, abs(b))
c = a
c += b
print(c, a, c is a)
d = Vec(0, 0)
e = d
d = d - b
print(d, e, d is e)
print(sum([Vec(1, 1), Vec(2, 2), Vec(3, 3)]))
print(a == Vec(4, 6), a != b, a == "x")
try:
    a + 1
except TypeError as ex:
    print("TypeError:", ex)
try:
    "s" * a
except TypeError as ex:
    print("TypeError:", ex)
