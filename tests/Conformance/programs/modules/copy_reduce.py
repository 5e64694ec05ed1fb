# copy and deepcopy of objects whose class defines __reduce__ (datetime types, decimal, a program class) go through the reduction as CPython does.
import copy
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from fractions import Fraction
from collections import OrderedDict, defaultdict, Counter, namedtuple
class A:
    def __init__(self, v): self.v = v
    def __reduce__(self):
        return (A, (self.v * 10,))
class L(list):
    pass
class S:
    __slots__ = ("a", "b")
    def __init__(self): self.a, self.b = 1, [2]
P = namedtuple("P", "x y")
objs = [date(2024, 1, 2), datetime(2020, 5, 6, 7, 8, tzinfo=timezone.utc), timedelta(3), Decimal("1.5"), Fraction(1, 3),
        OrderedDict(a=1), defaultdict(list, {"k": [1]}), Counter("aab"), P(1, [2]), L([1, [2]])]
for o in objs:
    d, c = copy.deepcopy(o), copy.copy(o)
    print(type(d).__name__, d == o, c == o, d is not o or type(o) in (Decimal, Fraction))
print(copy.deepcopy(A(1)).v, copy.copy(A(2)).v, copy.deepcopy(S()).b, copy.deepcopy({"d": date(2000, 1, 1)}))
dd = copy.deepcopy(defaultdict(list, {"k": [1]})); dd["new"].append(1); print(dd)
