import copy
from collections import OrderedDict, defaultdict, Counter, namedtuple
from dataclasses import dataclass, field

a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[1].append(99)
a[2]['k'].append(5)
print(a, b, c, b[1] is a[1], c[1] is a[1])

class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f'Pt({self.x}, {self.y})'
p = Pt([1], 2)
q = copy.copy(p)
r = copy.deepcopy(p)
p.x.append(7)
print(p, q, r, q.x is p.x, type(r).__name__)

class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print('custom copy')
        return Custom(self.v)
    def __deepcopy__(self, memo):
        print('custom deepcopy')
        return Custom(copy.deepcopy(self.v, memo))
print(copy.copy(Custom(1)).v, copy.deepcopy(Custom([2])).v)

cyc = [1]
cyc.append(cyc)
d = copy.deepcopy(cyc)
print(d[1] is d, d[1] is not cyc)
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is not shared)
t = (1, 2, (3, 4))
print(copy.deepcopy(t) is t, copy.copy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
od = OrderedDict(a=1, b=[2])
print(copy.copy(od), copy.deepcopy(od), type(copy.deepcopy(od)).__name__)
dd = defaultdict(list, a=[1])
dd2 = copy.deepcopy(dd)
dd2['a'].append(2)
print(dd, dd2, copy.copy(dd))
print(copy.deepcopy(Counter('aab')), copy.copy({1, 2}), copy.deepcopy(frozenset([1])))
N = namedtuple('N', 'a b')
print(copy.copy(N(1, [2])), copy.deepcopy(N(1, [2])))

@dataclass
class DC:
    items: list = field(default_factory=list)
    name: str = 'n'
x = DC([1, 2])
y = copy.deepcopy(x)
y.items.append(3)
print(x, y, x == copy.copy(x))

@dataclass(frozen=True)
class FZ:
    v: list
f = FZ([1])
g = copy.deepcopy(f)
print(g, g.v is not f.v)

class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = [1]
        self.b = 2
s = copy.deepcopy(Slotted())
print(s.a, s.b)

class MyList(list):
    pass
ml = MyList([1, [2]])
ml.tag = 't'
ml2 = copy.deepcopy(ml)
print(ml2, type(ml2).__name__, ml2.tag, ml2[1] is not ml[1])
class WithState:
    def __init__(self):
        self.a = 1
        self.cache = 'big'
    def __getstate__(self):
        st = dict(self.__dict__)
        del st['cache']
        return st
    def __setstate__(self, st):
        self.__dict__.update(st)
        self.cache = 'rebuilt'
w = copy.copy(WithState())
print(w.a, w.cache)
print(copy.copy(len) is len, copy.deepcopy(Pt) is Pt, copy.Error.__name__)
class Counter1:
    def __init__(self):
        self.n = 0
    def bump(self):
        self.n += 1
        return self.n
c1 = Counter1()
m = copy.deepcopy(c1.bump)
print(m(), m(), c1.n, m.__self__ is not c1, copy.copy(c1.bump)(), c1.n)
holder = {'cb': c1.bump, 'obj': c1}
h2 = copy.deepcopy(holder)
print(h2['cb'].__self__ is h2['obj'], h2['cb']())
