# Rich comparison dunders, functools.total_ordering, __eq__ disabling __hash__, and sorting custom objects.
from functools import total_ordering
@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(t) for t in ["1.10.0", "1.2.3", "1.2", "0.9.9", "1.2.3"]]
print(sorted(vs), max(vs), min(vs))
print(Version("1.2") < Version("1.10"), Version("2.0") >= Version("2.0"), Version("1.0") > Version("1.0.1"), Version("3") <= Version("2"))
print(len(set(vs)), Version("1.2.3") in {Version("1.2.3")})
class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
print(OnlyEq.__hash__ is None, OnlyEq(1) == OnlyEq(1), OnlyEq(1) != OnlyEq(2))
try:
    {OnlyEq(1)}
except TypeError as e:
    print("TypeError:", e)
class Loud:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print(f"  {self.n} < {other.n}")
        return self.n < other.n
    def __gt__(self, other):
        print(f"  {self.n} > {other.n}")
        return self.n > other.n
print(Loud(1) < Loud(2), Loud(1) > Loud(2))
print([x.n for x in sorted([Loud(3), Loud(1), Loud(2)])])
class NoOrder:
    pass
try:
    NoOrder() < NoOrder()
except TypeError as e:
    print("TypeError:", e)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, other):
        if isinstance(other, Money):
            return self.cents == other.cents
        return NotImplemented
print(Money(5) == Money(5), Money(5) == 5, Money(5) != "5")
