# Cached construction and method calls stay right when classes change: methods and __init__ replaced after
# warm-up, class names rebound, subclasses, __new__, metaclass __call__, shadowing, wrong argument counts.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def norm1(self):
        return abs(self.x) + abs(self.y)


def total(n):
    v = Vec(0, 0)
    for i in range(n):
        v = v.add(Vec(i, -i))
    return v.norm1()


print(total(50))
Vec.add = lambda self, other: Vec(self.x + other.x + 1, self.y)
print(total(50))


def init3(self, x, y, z=7):
    self.x, self.y, self.z = x * 10, y * 10, z


Vec.__init__ = init3
w = Vec(1, 2)
print(w.x, w.y, w.z, total(3))
del Vec.__init__
try:
    Vec(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(type(Vec()).__name__, vars(Vec()))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def show(self):
        return f"Point({self.x}, {self.y})"


points = [Point(i, i * i) for i in range(5)]
print([p.show() for p in points])


class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def show(self):
        return f"Point3({self.x}, {self.y}, {self.z})"


for cls, args in [(Point, (1, 2)), (Point3, (1, 2, 3)), (Point, (4, 5))]:
    print(cls(*args).show())

OldPoint = Point


class Point:
    def __init__(self, a):
        self.a = a

    def show(self):
        return f"new Point({self.a})"


print(Point(9).show(), OldPoint(1, 2).show())


class Counted:
    made = 0

    def __new__(cls, *args):
        Counted.made += 1
        return super().__new__(cls)

    def __init__(self, v):
        self.v = v


print([Counted(i).v for i in range(3)], Counted.made)


class Meta(type):
    def __call__(cls, *args):
        obj = super().__call__(*args)
        obj.tag = "meta"
        return obj


class Tagged(metaclass=Meta):
    def __init__(self, v):
        self.v = v


print([(t.v, t.tag) for t in (Tagged(1), Tagged(2))])


class Greeter:
    def __init__(self, name):
        self.name = name

    def hello(self, punct):
        return "hello " + self.name + punct


g = Greeter("ann")
print([g.hello("!") for _ in range(3)])
g.hello = lambda punct: "shadowed" + punct
print(g.hello("?"))
del g.hello
print(g.hello("."))


class BadInit:
    def __init__(self):
        return 5


for _ in range(2):
    try:
        BadInit()
    except TypeError as e:
        print("TypeError:", e)

for args in [(1,), (1, 2, 3), ()]:
    try:
        Greeter(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    Greeter(nme="x")
except TypeError as e:
    print("TypeError:", e)
try:
    g.hello()
except TypeError as e:
    print("TypeError:", e)
try:
    g.hello(1, 2)
except TypeError as e:
    print("TypeError:", e)

import abc


class Shape(abc.ABC):
    def __init__(self, n):
        self.n = n

    @abc.abstractmethod
    def area(self):
        ...


for _ in range(2):
    try:
        Shape(1)
    except TypeError as e:
        print("TypeError:", e)
