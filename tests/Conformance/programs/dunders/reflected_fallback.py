# Binary operator dispatch: __add__ then __radd__, NotImplemented on both sides -> TypeError, subclass reflected method tried first.
class Meters:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Meters({self.v})"
    def __add__(self, other):
        print(f"  Meters.__add__({other!r})")
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        if isinstance(other, (int, float)):
            return Meters(self.v + other)
        return NotImplemented
    def __radd__(self, other):
        print(f"  Meters.__radd__({other!r})")
        if isinstance(other, (int, float)):
            return Meters(other + self.v)
        return NotImplemented
    def __sub__(self, other):
        return Meters(self.v - other.v) if isinstance(other, Meters) else NotImplemented
    def __rtruediv__(self, other):
        print(f"  Meters.__rtruediv__({other!r})")
        return f"{other} per {self.v} m"
class Kilometers(Meters):
    def __repr__(self):
        return f"Kilometers({self.v})"
    def __radd__(self, other):
        print(f"  Kilometers.__radd__({other!r})")
        return Kilometers(self.v + other.v / 1000)
print(Meters(1) + Meters(2))
print(Meters(1) + 5)
print(5 + Meters(1))
print(2.5 + Meters(1))
print(Meters(500) + Kilometers(1))
print(100 / Meters(4))
class Other:
    def __repr__(self):
        return "Other()"
for expr in (lambda: Meters(1) + Other(), lambda: Other() + Meters(1), lambda: Meters(1) - 3, lambda: "s" + Meters(1)):
    try:
        print(expr())
    except TypeError as e:
        print("TypeError:", e)
print(sum([Meters(1), Meters(2)], Meters(0)))
print(sum([Meters(1), Meters(2)]))
