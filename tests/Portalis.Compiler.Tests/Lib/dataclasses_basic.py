from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, MISSING
from typing import List, ClassVar, Optional

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, Point(3), Point(x=4, y=5), repr(Point(-1)))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__qualname__)
print(Point.__hash__, Point.__match_args__)
for args, kwargs in [((1, 2, 3), {}), ((), {}), ((1,), {'z': 1}), ((1,), {'x': 1})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print('TypeError:', e)

@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    tag: ClassVar[str] = 'inv'
    note: Optional[str] = field(default=None, compare=False)

a = Inventory('a')
b = Inventory('a')
a.items.append('x')
print(a, b, a.items is b.items, a == b, Inventory.tag)
print([f.name for f in fields(a)], [f.name for f in fields(Inventory)])
print(asdict(a), astuple(a))
print(replace(a, name='z'), is_dataclass(a), is_dataclass(Inventory), is_dataclass(3))
print(Inventory('n', note='q') == Inventory('n', note='r'))

@dataclass(frozen=True)
class Frozen:
    a: int
    b: str = 'x'

f = Frozen(1)
print(f, hash(f) == hash((1, 'x')), {f: 1}[Frozen(1, 'x')])
try:
    f.a = 2
except FrozenInstanceError as e:
    print('FrozenInstanceError:', e, isinstance(e, AttributeError))
try:
    del f.b
except FrozenInstanceError as e:
    print('FrozenInstanceError:', e)

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9)]
print(sorted(vs), Version(1) < Version(1, 1), Version(2) >= Version(1, 9), max(vs))
try:
    Version(1) < 3
except TypeError as e:
    print('TypeError:', e)

try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e:
    print('TypeError:', e)
try:
    @dataclass
    class Bad2:
        x: list = []
except ValueError as e:
    print('ValueError:', e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print('ValueError:', e)

@dataclass
class Base:
    x: int
    y: int = 1

@dataclass
class Derived(Base):
    z: int = 2
    x: int = 10

print(Derived(), Derived(1, 2, 3), [f.name for f in fields(Derived)])

@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    def __post_init__(self):
        self.b = self.a * 2

print(WithPost(4))
try:
    WithPost(1, 2)
except TypeError as e:
    print('TypeError:', e)

@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)

@dataclass(unsafe_hash=True)
class UH:
    v: int
    w: int = field(default=0, hash=False)
print(hash(UH(3, 4)) == hash((3,)))

@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
n = Node(1, [Node(2), Node(3, [Node(4)])])
print(n)
print(asdict(n))

@dataclass
class Custom:
    v: int
    def __repr__(self):
        return 'Custom!'
print(Custom(1), Custom(1) == Custom(1))

@dataclass()
class Empty:
    pass
print(Empty(), Empty() == Empty())
try:
    Empty(1)
except TypeError as e:
    print('TypeError:', e)
try:
    replace(3)
except TypeError as e:
    print('TypeError:', e)
try:
    fields(3)
except TypeError as e:
    print('TypeError:', e)
match Point(1, 7):
    case Point(1, yy):
        print('match', yy)
