# staticmethod and classmethod: alternative constructors, class-level registries, calls via class and instance.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, text):
        y, m, d = map(int, text.split("-"))
        return cls(y, m, d)
    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class MyDate(Date):
    pass
print(Date.from_string("2024-02-29"), MyDate.from_string("1999-12-31"))
print(Date.is_leap(2024), Date(2000, 1, 1).is_leap(1900))
class Shape:
    registry = {}
    @classmethod
    def register(cls, name):
        def deco(sub):
            cls.registry[name] = sub
            return sub
        return deco
    @classmethod
    def create(cls, name, *args):
        return cls.registry[name](*args)
@Shape.register("sq")
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
@Shape.register("rect")
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
print(sorted(Shape.registry), Shape.create("sq", 4).area(), Shape.create("rect", 2, 5).area())
class Counter:
    instances = 0
    def __init__(self):
        type(self).instances += 1
    @classmethod
    def how_many(cls):
        return f"{cls.__name__}: {cls.instances}"
class Sub(Counter):
    pass
Counter(); Counter(); Sub()
print(Counter.how_many(), Sub.how_many())
print(type(Date.__dict__["is_leap"]).__name__, type(Date.__dict__["from_string"]).__name__)
sm = Date.is_leap
print(sm(1600), Date.from_string.__self__ is Date)
