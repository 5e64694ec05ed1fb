# __call__, __str__ vs __repr__ (print, str(), repr(), containers use repr), __format__ and __bool__/__len__.
class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting
        self.calls = 0
    def __call__(self, name, punct="!"):
        self.calls += 1
        return f"{self.greeting}, {name}{punct}"
hi = Greeter("Hi")
print(hi("Ann"), hi("Bob", punct="?"), hi.calls, callable(hi))
class Money:
    def __init__(self, amount, currency="EUR"):
        self.amount, self.currency = amount, currency
    def __repr__(self):
        return f"Money({self.amount!r}, {self.currency!r})"
    def __str__(self):
        return f"{self.amount:.2f} {self.currency}"
    def __format__(self, spec):
        if spec == "short":
            return f"{self.amount:.0f}{self.currency[0]}"
        return format(str(self), spec)
m = Money(12.5)
print(m)
print(str(m), repr(m), [m], (m,), {"k": m})
print(f"{m}", f"{m!r}", f"{m:short}", f"[{m:>15}]", "{}".format(m), "%s | %r" % (m, m))
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}")
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __str__(self):
        return "\n".join(" ".join(f"{v:3}" for v in r) for r in self.rows)
    def __len__(self):
        return len(self.rows)
print(Matrix([[1, 2], [30, 4]]))
print(len(Matrix([[1]])), bool(Matrix([])))
class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs
    def __call__(self, x):
        return sum(c * x ** i for i, c in enumerate(self.coeffs))
    def __repr__(self):
        terms = [f"{c}x^{i}" if i else str(c) for i, c in enumerate(self.coeffs) if c]
        return " + ".join(reversed(terms)) or "0"
p = Polynomial(1, 0, 2)
print(p, [p(x) for x in range(4)], Polynomial())
