# Subclasses of dict/list/str/int/float/tuple, __index__/__format__/__eq__ protocols, reflected __eq__ in containers, builtin methods assigned as __setattr__/__getattr__.
class Default(dict):
    def __missing__(self, key):
        self[key] = v = key.upper(); return v
d = Default(a="x"); print(d["a"], d["b"], d, d.get("c"), "c" in d, type(d).__name__, repr(d), isinstance(d, dict))
class UList(list):
    def append(self, v): super().append(v * 2)
    def __repr__(self): return "U" + super().__repr__()
u = UList([1]); u.append(5); u.extend([7]); print(u, len(u), u + [1], type(u + [1]).__name__, u[0:1], type(u[0:1]).__name__, sum(u))
class Name(str):
    def __new__(cls, v): return super().__new__(cls, v.strip().title())
    def shout(self): return self.upper() + "!"
n = Name("  ada lovelace "); print(n, repr(n), n.shout(), len(n), n + "x", type(n + "x").__name__, n == "Ada Lovelace", {n: 1})
class Money(int):
    def __new__(cls, cents): return super().__new__(cls, cents)
    def __str__(self): return f"${self // 100}.{self % 100:02d}"
    def __add__(self, o): return Money(int(self) + int(o))
m = Money(1234); print(m, m + 66, repr(m), int(m), m * 2, type(m * 2).__name__, f"{m}", f"{m:>8}" if False else "", m > 1000)
class Pct(float):
    def __str__(self): return f"{self * 100:.1f}%"
print(Pct(0.256), repr(Pct(0.5)), Pct(0.5) + 0.1, [Pct(0.1)])
class Idx:
    def __init__(self, i): self.i = i
    def __index__(self): return self.i
print([10, 20, 30][Idx(1)], "abc"[Idx(2)], bin(Idx(5)), range(Idx(3)), [1, 2, 3, 4][Idx(1):Idx(3)], hex(Idx(255)))
class Fmt:
    def __format__(self, spec): return f"<{spec or 'none'}>"
print(f"{Fmt()} {Fmt():abc}", format(Fmt(), "x"), "{:z}".format(Fmt()))
class Num:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == (o.v if isinstance(o, Num) else o)
    def __radd__(self, o): return Num(o + self.v)
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __repr__(self): return f"Num({self.v})"
    __hash__ = None
print(sum([Num(1), Num(2)]), 5 + Num(1), Num(1) == 1, 1 == Num(1), Num(2) != Num(2), Num(1) in [1])
try:
    {Num(1)}
except TypeError as e: print(e)
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * i
print(list(Seq()), 4 in Seq(), [x for x in Seq()], sorted(Seq(), reverse=True))
class Bad:
    def __bool__(self): return 1
try:
    bool(Bad())
except TypeError as e: print(e)
class Len:
    def __len__(self): return -1
try:
    len(Len())
except ValueError as e: print(e)
class R:
    def __repr__(self): return 5
try:
    repr(R())
except TypeError as e: print(e)
class OD(dict):
    def __setitem__(self, k, v): super().__setitem__(k, v * 10)
o = OD(); o["a"] = 1; o.update(b=2); print(o, OD(c=3), dict.fromkeys("ab", 0), OD.fromkeys("xy", 1))
class MyTuple(tuple):
    def sum(self): return sum(self)
t = MyTuple((1, 2, 3)); print(t, t.sum(), t[1:], type(t[1:]).__name__, MyTuple() == ())
class Cnt(__import__("collections").Counter):
    pass
print(Cnt("aab"), type(Cnt("a") + Cnt("b")).__name__)
class Stack(list):
    push = list.append
    def peek(self): return self[-1]
s = Stack(); s.push(1); s.push(2); print(s, s.peek(), s.pop(), s)
class Mat:
    def __init__(self, r): self.r = r
    def __matmul__(self, o): return Mat([[sum(a * b for a, b in zip(row, col)) for col in zip(*o.r)] for row in self.r])
    def __repr__(self): return f"Mat({self.r})"
print(Mat([[1, 2], [3, 4]]) @ Mat([[5, 6], [7, 8]]))
class Attr:
    def __getattribute__(self, name):
        if name == "magic": return 42
        return object.__getattribute__(self, name)
a = Attr(); a.x = 1; print(a.magic, a.x)
class Ctx(dict):
    __getattr__ = dict.__getitem__
    __setattr__ = dict.__setitem__
c = Ctx(a=1); c.b = 2; print(c.a, c, c.b)
