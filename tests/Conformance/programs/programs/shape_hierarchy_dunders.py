# Class hierarchy with dunders, properties, class methods and sorting.
import math
from functools import total_ordering
@total_ordering
class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    def area(self):
        raise NotImplementedError
    def __lt__(self, other):
        return self.area() < other.area()
    def __eq__(self, other):
        return isinstance(other, Shape) and self.area() == other.area()
    def __hash__(self):
        return hash((type(self).__name__, round(self.area(), 6)))
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, area={self.area():.2f})"
class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    @classmethod
    def unit(cls):
        return cls(1)
class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    @property
    def is_square(self):
        return self.w == self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"
shapes = [Circle(2), Rect(3, 4), Square(3), Circle.unit(), Rect(1, 1)]
print(sorted(shapes))
print(max(shapes), min(shapes), Shape.count)
print([s.is_square for s in shapes if isinstance(s, Rect)], Square(2) == Rect(4, 1), Square(2) <= Circle(1))
print(len({Square(2), Rect(2, 2), Rect(4, 1)}), Square.__mro__)
try:
    Shape("x").area()
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
print(Square(5).__dict__, vars(Circle(1)))
