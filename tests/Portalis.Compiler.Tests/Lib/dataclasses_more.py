from __future__ import annotations
import dataclasses
from dataclasses import dataclass, field, KW_ONLY, InitVar
from typing import ClassVar

@dataclass
class A:
    x: int
    y: list[int] = field(default_factory=list)
    k: ClassVar[int] = 3

print(A(1), A.k, [f.type for f in dataclasses.fields(A)])

@dataclass
class B:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int

print(B(1, c=3), B(a=1, b=5, c=6))
for args, kwargs in [((1, 2), {}), ((1,), {}), ((1, 2), {'c': 3})]:
    try:
        B(*args, **kwargs)
    except TypeError as e:
        print('TypeError:', e)

@dataclass(kw_only=True)
class C:
    p: int
    q: int = 0
print(C(p=1), C.__match_args__)

@dataclass
class D:
    total: int
    scale: InitVar[int] = 1
    def __post_init__(self, scale):
        self.total *= scale
print(D(3, 4), D(5), [f.name for f in dataclasses.fields(D)])
print(dataclasses.replace(D(2, 3), scale=10))

@dataclass(frozen=True, order=True)
class Card:
    rank: int
    suit: str = field(compare=False)
print(sorted([Card(3, 'h'), Card(1, 's')]), Card(1, 'a') == Card(1, 'b'))
try:
    @dataclass
    class Thaw(Card):
        extra: int = 0
except TypeError as e:
    print('TypeError:', e)

P = dataclasses.make_dataclass('P', [('x', int), ('y', int, field(default=5))])
print(P(1), P(1, 2) == P(1, 2))

@dataclass
class Counter:
    n: int = 0
    def inc(self):
        self.n += 1
        return self
print(Counter().inc().inc())
@dataclass
class Rec:
    name: str
    other: object = None
r = Rec('r')
r.other = r
print(r)
print(dataclasses.asdict(Rec('a', Rec('b'))), dataclasses.astuple(Rec('a', (1, [2]))))
x = dataclasses.field(default=3)
print(type(x).__name__, x.default, x.init, x.repr)
@dataclass(slots=True)
class S:
    a: int
    b: int = 2
s = S(1)
print(s, S.__slots__, hasattr(s, '__dict__'))
