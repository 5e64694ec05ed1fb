# Fractions and decimals in money and ratio code.
from fractions import Fraction
from decimal import Decimal, getcontext, localcontext, InvalidOperation, ROUND_DOWN, ROUND_CEILING
shares = {"ann": Fraction(1, 3), "bob": Fraction(1, 4), "cy": Fraction(5, 12)}
print(sum(shares.values()), shares["ann"] + shares["bob"], max(shares, key=shares.get), Fraction("0.125"), Fraction(3.75), Fraction(1, 3).limit_denominator(10))
pot = Decimal("1000.00")
for name, s in shares.items():
    amt = (pot * s.numerator / s.denominator).quantize(Decimal("0.01"))
    print(f"{name}: {amt} ({float(s):.2%})")
print(Fraction(7, 3) // 1, Fraction(7, 3) % 1, round(Fraction(7, 2)), round(Fraction(5, 2)), Fraction(2, 3) ** 2, Fraction(-1, 2) < 0, abs(Fraction(-3, 4)))
print(f"{Fraction(1, 3)}", repr(Fraction(6, 4)), Fraction(1, 3) == 1 / 3, Fraction(1, 2) == 0.5, hash(Fraction(1, 2)) == hash(0.5), int(Fraction(7, 2)))
getcontext().prec = 10
print(Decimal(1) / Decimal(7), Decimal(2).sqrt(), Decimal("1.1") * 3, Decimal("10") ** -2)
with localcontext() as ctx:
    ctx.prec = 4
    ctx.rounding = ROUND_DOWN
    print(Decimal("2") / Decimal("3"), +Decimal("1.23456"))
print(Decimal("7.125").quantize(Decimal("0.01")), Decimal("7.135").quantize(Decimal("0.01")), Decimal("-2.5").to_integral_value(), Decimal("2.1").quantize(Decimal("1"), rounding=ROUND_CEILING))
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation", type(e).__mro__[1].__name__)
try:
    Decimal(1) / Decimal(0)
except Exception as e:
    print(type(e).__name__, e)
print(Decimal("1.30") == Decimal("1.3"), Decimal("1.30"), str(Decimal("1E+2")), Decimal("0.1") + Decimal("0.2") == Decimal("0.3"), Decimal(0.1))
prices = [Decimal("19.99"), Decimal("5.01"), Decimal("0.10")]
subtotal = sum(prices)
tax = (subtotal * Decimal("0.0825")).quantize(Decimal("0.01"))
print(f"subtotal {subtotal:>8} tax {tax:>6} total {subtotal + tax:>8.2f} {subtotal:.1f} {Decimal('1234567.891'):,}")
print(sorted([Fraction(1, 2), 0.3, Decimal("0.4") if False else 0.45, 1]), min(Fraction(1, 3), Fraction(2, 7)))
