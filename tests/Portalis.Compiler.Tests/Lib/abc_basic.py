from abc import ABC, ABCMeta, abstractmethod, abstractproperty

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def perimeter(self):
        ...
    def describe(self):
        return f'{type(self).__name__} with area {self.area()}'

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def perimeter(self):
        return 4 * self.s

print(Square(3).describe(), Square(2).perimeter(), isinstance(Square(1), Shape))
try:
    Shape()
except TypeError as e:
    print('TypeError:', e)

class Half(Shape):
    def area(self):
        return 1
try:
    Half()
except TypeError as e:
    print('TypeError:', e)
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)

class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        pass
    @classmethod
    @abstractmethod
    def make(cls):
        pass
class Impl(Base):
    @property
    def name(self):
        return 'impl'
    @classmethod
    def make(cls):
        return cls()
print(Impl.make().name)
try:
    Base()
except TypeError as e:
    print('TypeError:', e)

class Drawable(ABC):
    pass
class Canvas:
    pass
Drawable.register(Canvas)
print(isinstance(Canvas(), Drawable), issubclass(Canvas, Drawable), issubclass(int, Drawable))
@Drawable.register
class Paper:
    pass
print(isinstance(Paper(), Drawable), Paper.__name__)

class Sized2(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized2:
            if any('__len__' in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented
print(isinstance([], Sized2), isinstance(3, Sized2), issubclass(dict, Sized2))
try:
    issubclass(3, Drawable)
except TypeError as e:
    print('TypeError:', e)
class Old(ABC):
    @abstractproperty
    def x(self):
        pass
try:
    Old()
except TypeError as e:
    print('TypeError:', e)
class Late(ABC):
    pass
class Thing:
    pass
print(isinstance(Thing(), Late), issubclass(Thing, Late))
Late.register(Thing)
print(isinstance(Thing(), Late), issubclass(Thing, Late))
class Sub(Late):
    pass
class Other:
    pass
print(issubclass(Other, Late))
Sub.register(Other)
print(issubclass(Other, Late), issubclass(Other, Sub))
