# isinstance/issubclass with tuples, hasattr/getattr/setattr/delattr, type(), callable, vars, dir filtering.
class Animal:
    legs = 4
    def __init__(self, name):
        self.name = name
class Bird(Animal):
    legs = 2
values = [1, 1.5, "s", [1], (1,), {1: 1}, {1}, None, True, Bird("b"), len, Animal]
for v in values:
    print(type(v).__name__, isinstance(v, (int, float)), isinstance(v, (list, tuple)), isinstance(v, Animal), callable(v))
print(issubclass(Bird, Animal), issubclass(Bird, (str, Animal)), issubclass(int, object), issubclass(type, object))
b = Bird("tweety")
print(hasattr(b, "name"), hasattr(b, "wings"), getattr(b, "legs"), getattr(b, "wings", 0))
setattr(b, "wings", 2)
print(b.wings, vars(b))
delattr(b, "wings")
print(hasattr(b, "wings"), vars(b))
try:
    getattr(b, "tail")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(b, "tail")
except AttributeError as e:
    print("AttributeError:", e)
for attr in ["name", "legs", "missing"]:
    print(attr, getattr(b, attr, "<none>"))
print([a for a in dir(b) if not a.startswith("__")])
print(type(b) is Bird, type(b) == Animal, type(3) is int, type(type(3)), type(None)())
print(isinstance(True, int), isinstance(1, bool), isinstance([], object), isinstance(Bird, type))
Dyn = type("Dyn", (Animal,), {"legs": 8, "speak": lambda self: f"{self.name} clicks"})
spider = Dyn("itsy")
print(Dyn.__name__, spider.legs, spider.speak(), isinstance(spider, Animal), Dyn.__mro__[1].__name__)
