from dataclasses import dataclass, field, fields, asdict
import dataclasses

class Outer:
    @dataclass
    class Inner:
        x: int = 1
print(Outer.Inner(), Outer.Inner.__init__.__qualname__, Outer.Inner.__repr__.__qualname__)

@dataclass
class Base:
    a: int
    def __post_init__(self):
        print('Base post', self.a)

@dataclass
class Child(Base):
    b: int = 2
    def __post_init__(self):
        super().__post_init__()
        print('Child post', self.b)

c = Child(1)
print(c, c == Base(1), Base(1) == c, isinstance(c, Base))

@dataclass
class Lazy:
    v: int = field(init=False, default=9)
    w: list = field(init=False, default_factory=list)
    z: int = 0
l = Lazy(5)
print(l, l.v, l.w, 'v' in l.__dict__)

@dataclass
class Prop:
    _x: int = 0
    @property
    def x(self):
        return self._x * 10
print(Prop(3).x, Prop())

@dataclass(repr=False)
class NoRepr:
    q: int
print(repr(NoRepr(1)).startswith('<__main__.NoRepr object at'))

@dataclass
class WithMethods:
    items: list = field(default_factory=list)
    def add(self, x):
        self.items.append(x)
        return self
    def __len__(self):
        return len(self.items)
w = WithMethods().add(1).add(2)
print(w, len(w), bool(WithMethods()))

@dataclass
class HashUser:
    k: int
    def __hash__(self):
        return 42
print(hash(HashUser(1)), HashUser.__hash__.__name__)

@dataclass(eq=True, frozen=False)
class Unhashable:
    k: int
try:
    hash(Unhashable(1))
except TypeError as e:
    print('TypeError:', e)

@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
import heapq
h = []
for t in [Task(3, 'c'), Task(1, 'a'), Task(2, 'b')]:
    heapq.heappush(h, t)
print([heapq.heappop(h).name for _ in range(3)])
try:
    @dataclass(order=True)
    class BadOrder:
        x: int
        def __lt__(self, other):
            return True
except TypeError as e:
    print('TypeError:', e)
try:
    @dataclass(order=True, eq=False)
    class BadEq:
        x: int
except ValueError as e:
    print('ValueError:', e)
try:
    @dataclass
    class NoAnn:
        x = field(default=1)
except TypeError as e:
    print('TypeError:', e)
print([f.name for f in fields(Task)], fields(Task)[0].type, fields(Task)[1].compare)
@dataclass
class Matrix:
    rows: list
print(asdict(Matrix([[1, 2], [3, 4]])), dataclasses.astuple(Matrix([(1, 2)])))
@dataclass
class Emp:
    name: str
    boss: 'Emp' = None
print(Emp('a', Emp('b')))
@dataclass(frozen=True)
class FP:
    x: int
    def moved(self, dx):
        return dataclasses.replace(self, x=self.x + dx)
print(FP(1).moved(2), FP(1) == FP(1), {FP(1), FP(1), FP(2)} == {FP(1), FP(2)})
try:
    object.__setattr__(FP(1), 'x', 5)
    print('object.__setattr__ bypasses frozen')
except Exception as e:
    print(type(e).__name__)
@dataclass
class Meta:
    a: int = field(default=1, metadata={'unit': 'cm'})
    b: int = 2
fa, fb = fields(Meta)
print(fa.metadata, fa.metadata['unit'], fb.metadata, len(fb.metadata), fa.name, fa.default, fa.init, fa.kw_only)
