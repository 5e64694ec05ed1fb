# __format__ with custom format specs, delegation to format() of fields, and use from f-strings, str.format and format().
class Money:
    def __init__(self, cents, currency="USD"):
        self.cents, self.currency = cents, currency
    def __format__(self, spec):
        if spec.endswith("c"):
            return f"{self.cents}¢"
        symbol = {"USD": "$", "EUR": "€", "GBP": "£"}[self.currency]
        amount = format(self.cents / 100, spec or ",.2f")
        return f"{symbol}{amount}"
    def __str__(self):
        return format(self)
m = Money(123456)
print(f"{m}", f"{m:.0f}", f"{m:>12,.2f}", f"{m:c}", str(m), format(m, ".3f"), "{:,.1f}".format(m))
print(f"{Money(99, 'EUR')} {Money(5, 'GBP'):.1f}")
class Temperature:
    def __init__(self, kelvin):
        self.kelvin = kelvin
    def __format__(self, spec):
        unit = spec[-1:] if spec[-1:] in ("C", "F", "K") else "K"
        num_spec = spec[:-1] if spec[-1:] in ("C", "F", "K") else spec
        value = {"K": self.kelvin, "C": self.kelvin - 273.15, "F": (self.kelvin - 273.15) * 9 / 5 + 32}[unit]
        return format(value, num_spec or ".1f") + unit
t = Temperature(300)
print(f"{t} {t:C} {t:.3F} {t:8.2C}|")
class Plain:
    pass
try:
    format(Plain(), "x")
except TypeError as e:
    print("TypeError:", e)
# One object: two temporaries compare equal in CPython only because the second reuses the first's address.
p = Plain()
print(format(p, "") == str(p), f"{p}" == repr(p))
