from enum import Enum, IntEnum, StrEnum, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(Color(2), Color['BLUE'], Color.CRIMSON is Color.RED, Color.CRIMSON)
print(list(Color), len(Color), Color.__members__)
print(Color.RED in Color, Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN)
print(hash(Color.RED) == hash('RED'), {Color.RED: 'r'}[Color.CRIMSON])
print(repr(Color), type(Color.RED), isinstance(Color.RED, Color), f'{Color.GREEN}', '{:>12}|'.format(Color.RED))
for bad in (4, 'RED'):
    try:
        Color(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    Color['PURPLE']
except KeyError as e:
    print('KeyError:', e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print('TypeError:', e)
try:
    Color.RED = 5
except AttributeError as e:
    print('AttributeError:', e)
try:
    Color.RED.value = 5
except AttributeError as e:
    print('AttributeError:', type(e).__name__)
print(list(reversed(Color)), list(Color.__members__))

class Shape(Enum):
    CIRCLE = auto()
    SQUARE = auto()
    TRIANGLE = auto()

    def describe(self):
        return f'{self.name.lower()} #{self.value}'

    @property
    def sides(self):
        return {'CIRCLE': 0, 'SQUARE': 4, 'TRIANGLE': 3}[self.name]

    @classmethod
    def default(cls):
        return cls.SQUARE

print([s.describe() for s in Shape], Shape.TRIANGLE.sides, Shape.default())

class Num(IntEnum):
    ONE = 1
    TWO = 2
    THREE = auto()

print(Num.ONE, repr(Num.TWO), str(Num.THREE), f'{Num.TWO}', Num.ONE + 1, Num.TWO * 3, Num(3), Num.ONE < Num.TWO)
print(Num.ONE == 1, sorted([Num.THREE, Num.ONE]), [1, 2, 3][Num.ONE], int(Num.THREE), isinstance(Num.ONE, int))
print(hash(Num.ONE) == hash(1), '%d and %s' % (Num.TWO, Num.TWO))

class Mode(StrEnum):
    READ = auto()
    WRITE = 'w'
print(Mode.READ, repr(Mode.READ), Mode.WRITE, Mode.READ == 'read', Mode.WRITE.upper(), f'{Mode.READ}!', Mode('w'))

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)

print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 3), Planet((3.303e+23, 2.4397e6)))

class Status(Enum):
    ACTIVE = 'active'
    INACTIVE = 'inactive'

    @classmethod
    def _missing_(cls, value):
        for member in cls:
            if member.value == value.lower():
                return member
        return None

print(Status('ACTIVE'), Status('Inactive'))
try:
    Status('nope')
except ValueError as e:
    print('ValueError:', e)

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print('ValueError:', e)

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, repr(Animal))
Pets = Enum('Pets', [('DOG', 'd'), ('FISH', 'f')])
print(Pets.DOG, Pets('f'))
try:
    class MoreColor(Color):
        PINK = 9
except TypeError as e:
    print('TypeError:', e)

class Base(Enum):
    def double(self):
        return self.value * 2
class Derived(Base):
    X = 5
print(Derived.X.double(), Derived.X)

class Weekday(Enum):
    MON = 1
    TUE = 2
    _ignore_ = ['tmp']
    tmp = 5
    def is_weekend(self):
        return False
print(list(Weekday), Weekday.MON.is_weekend())
match Color.GREEN:
    case Color.RED:
        print('red')
    case Color.GREEN:
        print('green')
print(Color.RED.__class__.__name__, Color.__name__, Num.__members__['ONE'])
