from enum import Flag, IntFlag, auto, Enum

class Perm(Flag):
    R = 4
    W = 2
    X = 1

print(Perm.R, repr(Perm.R), Perm.R | Perm.W, repr(Perm.R | Perm.W), repr(Perm.R | Perm.W | Perm.X))
rw = Perm.R | Perm.W
print(Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), repr(Perm.R & Perm.X), list(rw), len(rw))
print(repr(~Perm.R), repr(Perm(0)), repr(Perm(7)), Perm(6) is rw, list(Perm))
print(rw ^ Perm.R, str(Perm(0)))
try:
    Perm(8)
except ValueError as e:
    print('ValueError:', e)

class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE

print(Color.WHITE, repr(Color.WHITE), list(Color), [c.value for c in Color], list(Color.WHITE), len(Color))
print(Color.__members__.keys(), repr(Color.RED | Color.BLUE), repr(~Color.RED))

class P(IntFlag):
    R = 4
    W = 2
    X = 1

print(P.R, repr(P.R | P.W), P.R | P.W, P.R + 1, P.R | 8, repr(P(9)), repr(~P.R), P.W == 2, repr(P(0)))
print(isinstance(P.R | P.X, int), P.R & 4, repr(P.R & 4), list(P.R | P.X))

class Simple(Flag):
    NONE = 0
    A = auto()
    B = auto()
print(list(Simple), repr(Simple.NONE), Simple.A | Simple.B, bool(Simple.NONE))
