# Abstract base classes: ABC, abstractmethod, instantiation errors, partial implementations, abstract properties.
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def perimeter(self):
        ...
    def describe(self):
        return f"{type(self).__name__}: area={self.area()}, perimeter={self.perimeter()}"
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
class Half(Shape):
    def area(self):
        return 0
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
r = Rect(3, 4)
print(r.describe(), isinstance(r, Shape), sorted(Shape.__abstractmethods__))
class Named(ABC):
    @property
    @abstractmethod
    def name(self):
        ...
class Thing(Named):
    @property
    def name(self):
        return "thing"
print(Thing().name)
try:
    Named()
except TypeError as e:
    print("TypeError:", e)
class Base(ABC):
    @abstractmethod
    def run(self):
        print("  Base.run default part")
        return "base"
class Impl(Base):
    def run(self):
        return "impl+" + super().run()
print(Impl().run())
