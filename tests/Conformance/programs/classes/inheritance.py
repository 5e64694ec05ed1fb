# Single inheritance: overriding, super() calls, isinstance/issubclass, and polymorphic dispatch.
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def __init__(self, name, toy):
        super().__init__(name)
        self.toy = toy
    def speak(self):
        base = super().speak()
        return base + f" and plays with {self.toy}"
class Cat(Animal):
    sound = "meow"
    def speak(self):
        return Animal.speak(self).upper()
zoo = [Animal("generic"), Dog("rex"), Puppy("bit", "ball"), Cat("tom")]
for a in zoo:
    print(repr(a), "->", a.speak())
print(isinstance(zoo[2], Dog), isinstance(zoo[2], Animal), isinstance(zoo[1], Puppy), isinstance(zoo[3], (Dog, Cat)))
print(issubclass(Puppy, Animal), issubclass(Cat, Dog), issubclass(Dog, Dog), issubclass(bool, int))
print(Puppy.__bases__, Puppy.__mro__)
print(Puppy.__base__.__name__, [c.__name__ for c in Animal.__subclasses__()])
class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Blob(Shape):
    pass
for s in (Square(3), Blob()):
    try:
        print(s.area())
    except NotImplementedError as e:
        print("NotImplementedError:", e)
