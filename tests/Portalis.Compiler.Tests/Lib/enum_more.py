from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
from functools import total_ordering

class Name(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.title() + str(count)
    ALPHA = auto()
    BETA = auto()
print(list(Name), Name.BETA.value)

class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
    PX = (0, 'P.X')
    PY = (1, 'P.Y')
print(Coord.PY, Coord.PY.label, Coord(0), Coord.PX.value)

class Grade(Enum):
    A = 'excellent'
    B = 'good'
    def __str__(self):
        return f'{self.name}: {self.value}'
print(Grade.A, f'{Grade.B}', repr(Grade.B), '{}'.format(Grade.A))

@total_ordering
class Size(Enum):
    S = 1
    M = 2
    L = 3
    def __lt__(self, other):
        if self.__class__ is other.__class__:
            return self.value < other.value
        return NotImplemented
print(Size.S < Size.L, max(Size), sorted([Size.L, Size.S, Size.M]), Size.M >= Size.S)

class Pri(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = auto()
print({Pri.LOW: 'l', 2: 'x'}, Pri.HIGH > Pri.LOW, Pri(2), max(Pri), Pri.MID + Pri.HIGH, Pri.LOW.name, list(Pri)[::-1])
print(f'{Pri.MID:>5}|{Pri.MID!r}', str(Pri.MID), format(Pri.HIGH, '03d'))

Sh = Enum('Sh', 'A B C', start=10)
print(list(Sh), Sh.C.value)
Mix = IntEnum('Mix', {'X': 5, 'Y': 7})
print(Mix.Y, repr(Mix.X), Mix(7))

class Ord(Enum):
    _order_ = 'ONE TWO'
    ONE = 1
    TWO = 2
print(list(Ord))
try:
    class BadOrd(Enum):
        _order_ = 'B A'
        A = 1
        B = 2
except TypeError as e:
    print('TypeError:', e)

class Col(StrEnum):
    RED = auto()
    GREEN = auto()
print(Col.RED, Col.RED.upper(), Col('green'), list(Col), Col.RED + '!', ','.join(Col), sorted(Col))
try:
    class BadStr(StrEnum):
        A = 1
except TypeError as e:
    print('TypeError:', e)
print(sorted(set(Size), key=lambda m: m.value), Size.S in {Size.S}, Size['M'], Size.M.value, Size.M is Size(2))
for name, member in Grade.__members__.items():
    print(name, member.value)
try:
    Size.S.value = 5
except AttributeError as e:
    print('AttributeError raised')
try:
    class Sub(Size):
        XL = 4
except TypeError as e:
    print('TypeError:', e)
class State(Enum):
    ON = 1
    OFF = 0
    def __bool__(self):
        return bool(self.value)
print(bool(State.ON), bool(State.OFF), State.OFF.name)
class Perm(IntFlag):
    R = auto()
    W = auto()
    X = auto()
print(Perm.R | Perm.X, repr(Perm(7)), Perm(7) == 7, Perm.R in Perm(3), Perm.W & 6)
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    PURPLE = RED | BLUE
print(repr(Color.PURPLE), Color.RED in Color.PURPLE, list(Color.PURPLE), repr(Color(3)), Color.__members__.keys())
print(Color.RED.__class__ is Color, isinstance(Color.RED, Flag), issubclass(Color, Enum), Color.BLUE.value)
