# Classes: __init__, instance vs class attributes, methods, shadowing class attributes, __dict__, type().
class Dog:
    species = "Canis familiaris"
    count = 0
    def __init__(self, name, age):
        self.name = name
        self.age = age
        Dog.count += 1
    def describe(self):
        return f"{self.name} is {self.age}"
    def birthday(self):
        self.age += 1
        return self
a = Dog("Rex", 3)
b = Dog("Fido", 5)
print(a.describe(), b.describe(), Dog.count, a.species, Dog.species)
a.species = "robot dog"
print(a.species, b.species, Dog.species, "species" in a.__dict__, "species" in b.__dict__)
del a.species
print(a.species)
print(a.birthday().birthday().age)
print(sorted(vars(b).items()), type(a).__name__, type(a) is Dog, isinstance(a, Dog), isinstance(a, object))
print(Dog.describe(b), getattr(b, "name"), hasattr(b, "owner"))
b.owner = "Sam"
print(b.owner, sorted(b.__dict__))
class Empty:
    pass
e = Empty()
e.x = 1
print(e.x, Empty.__name__, Empty.__qualname__, Empty.__module__)
class Tracker:
    items = []
    def add(self, v):
        self.items.append(v)
t1, t2 = Tracker(), Tracker()
t1.add(1)
t2.add(2)
print(Tracker.items, t1.items is t2.items)
try:
    a.fly()
except AttributeError as ex:
    print("AttributeError:", ex)
try:
    Dog("x")
except TypeError as ex:
    print("TypeError:", ex)
print(Dog.__doc__, Dog.describe.__qualname__, callable(Dog))
