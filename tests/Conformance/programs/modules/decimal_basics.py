# decimal (CPython's _pydecimal): arithmetic, quantize and round, context precision, formatting, errors, ordering and hashing.
from decimal import Decimal, getcontext, ROUND_HALF_UP, InvalidOperation
a = Decimal("10.25")
b = Decimal("3")
print(a + b, a - b, a * b, a / b, a // b, a % b, -a, abs(-a))
print(repr(a), str(Decimal("1.10")), Decimal("1.10") + Decimal("2.205"), Decimal(0.1), Decimal(5))
print(Decimal("19.999").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), round(Decimal("2.675"), 2))
print(sum([Decimal("0.1")] * 3) == Decimal("0.3"), Decimal("1.5") > 1, float(Decimal("2.5")), int(Decimal("-7.9")))
getcontext().prec = 6
print(Decimal(1) / Decimal(7), f"{Decimal('1234.5'):,.2f}", Decimal("1e3").normalize(), Decimal("100").sqrt())
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation", type(e).__mro__[1].__name__)
print(sorted([Decimal("2.1"), Decimal("-1"), Decimal("0.5")]), max(Decimal(1), Decimal("1.0")), hash(Decimal("1.0")) == hash(1))
