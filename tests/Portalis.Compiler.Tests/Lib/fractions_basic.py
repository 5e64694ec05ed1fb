from fractions import Fraction
import math
a = Fraction(3, 4)
b = Fraction('1/3')
print(a, repr(b), a + b, a - b, a * b, a / b, a // b, a % b, -a, abs(-a), a ** 2, a ** -1, 2 ** Fraction(1, 2))
print(Fraction(6, -8), Fraction(0.25), Fraction('3.1415'), Fraction('-2e-3'), Fraction(5), Fraction(), Fraction(' 7/14 '))
print(a < b, a == Fraction(6, 8), a == 0.75, a > 0.5, hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(5)) == hash(5))
print(a.numerator, a.denominator, float(a), int(Fraction(-7, 2)), round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 2), math.floor(Fraction(-7, 2)), math.ceil(a))
print(Fraction(math.pi).limit_denominator(1000), Fraction(1, 3).limit_denominator(2), a.as_integer_ratio(), Fraction.from_float(0.1))
print(sum([Fraction(1, n) for n in range(1, 6)]), a + 1, 1 + a, a + 0.5, a * 2, str(Fraction(4, 2)), bool(Fraction(0)))
for bad in [('1/0',), (1, 0), ('abc',)]:
    try:
        Fraction(*bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(sorted([Fraction(1, 3), Fraction(1, 4), Fraction(1, 2)]), max(Fraction(2, 3), 0.6), f'{float(Fraction(1, 3)):.4f}')
import numbers
print(isinstance(a, numbers.Rational), isinstance(1, numbers.Integral), isinstance(1.5, numbers.Real), isinstance(1.5, numbers.Rational), isinstance(1j, numbers.Complex), isinstance(a, numbers.Number))
