# Numeric conversion dunders: __int__, __float__, __index__, __round__, __hash__ consistency, and operator fallbacks.
class Fraction:
    def __init__(self, num, den=1):
        from math import gcd
        g = gcd(num, den)
        if den < 0:
            g = -g
        self.num, self.den = num // g, den // g
    def __repr__(self):
        return f"{self.num}/{self.den}"
    def __add__(self, o):
        o = o if isinstance(o, Fraction) else Fraction(o)
        return Fraction(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__
    def __mul__(self, o):
        o = o if isinstance(o, Fraction) else Fraction(o)
        return Fraction(self.num * o.num, self.den * o.den)
    __rmul__ = __mul__
    def __sub__(self, o):
        return self + o * -1
    def __rsub__(self, o):
        return Fraction(o) - self
    def __truediv__(self, o):
        o = o if isinstance(o, Fraction) else Fraction(o)
        return self * Fraction(o.den, o.num)
    def __float__(self):
        return self.num / self.den
    def __int__(self):
        return int(self.num / self.den)
    def __round__(self, nd=None):
        return round(float(self), nd)
    def __eq__(self, o):
        o = o if isinstance(o, Fraction) else Fraction(o)
        return (self.num, self.den) == (o.num, o.den)
    def __hash__(self):
        return hash((self.num, self.den))
    def __lt__(self, o):
        return self.num * o.den < o.num * self.den
half, third = Fraction(1, 2), Fraction(1, 3)
print(half + third, half * third, half - third, half / third, 1 + half, 2 * third, 1 - third, Fraction(6, -8))
print(float(third), int(Fraction(7, 2)), round(Fraction(22, 7), 3), round(Fraction(5, 2)))
print(sum([half, third, Fraction(1, 6)]), Fraction(2, 4) == half, Fraction(4, 2) == 2)
print(sorted([half, third, Fraction(3, 4), Fraction(0)]))
class Idx:
    def __init__(self, i):
        self.i = i
    def __index__(self):
        return self.i
items = ["a", "b", "c", "d"]
print(items[Idx(2)], items[Idx(1):Idx(3)], hex(Idx(255)), bin(Idx(5)), range(Idx(3)), "xy" * Idx(2))
print(len({Fraction(1, 2), Fraction(2, 4), Fraction(3, 6)}))
