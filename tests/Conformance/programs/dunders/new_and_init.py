# __new__ vs __init__: immutable subclasses, instance caching (interning), and __init__ not called when __new__ returns another type.
class Point3(tuple):
    def __new__(cls, x, y, z=0):
        return super().__new__(cls, (x, y, z))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return f"Point3{tuple(self)}"
p = Point3(1, 2)
print(p, p.x, len(p), p + (9,), isinstance(p, tuple))
class Color:
    _cache = {}
    def __new__(cls, name):
        key = name.lower()
        if key not in cls._cache:
            print("  creating", key)
            inst = super().__new__(cls)
            cls._cache[key] = inst
        return cls._cache[key]
    def __init__(self, name):
        self.name = name.lower()
red1, red2, blue = Color("Red"), Color("RED"), Color("blue")
print(red1 is red2, red1 is blue, red1.name, len(Color._cache))
class Weird:
    def __new__(cls, value):
        if value < 0:
            return "negative values are strings"
        return super().__new__(cls)
    def __init__(self, value):
        print("  __init__ called with", value)
        self.value = value
w = Weird(5)
print(w.value)
print(Weird(-1))
class Celsius(float):
    def __new__(cls, degrees):
        if degrees < -273.15:
            raise ValueError("below absolute zero")
        return super().__new__(cls, degrees)
    def __repr__(self):
        return f"{float(self)}°C"
temps = [Celsius(21.5), Celsius(-5)]
print(temps, sum(temps), max(temps), Celsius(10) + 1)
try:
    Celsius(-300)
except ValueError as e:
    print("ValueError:", e)
