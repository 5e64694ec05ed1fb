# round(): banker's rounding for halves, ndigits positive and negative, float representation effects.
for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999, 4.5000001):
    print(x, round(x), type(round(x)).__name__)
for x, n in [(2.675, 2), (1.005, 2), (0.125, 2), (0.375, 2), (3.14159, 3), (1234.5678, -2),
             (1250, -2), (1350, -2), (-1250, -2), (15, -1), (25, -1), (12345, -3), (2.5, 0), (3.5, 0)]:
    r = round(x, n)
    print(x, n, r, type(r).__name__)
print(round(10 ** 20 + 5, -1), round(-0.4), round(0.0), round(-0.0, 1))
print(round(1e300, 2), round(123.456, 10))
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f}")
import math
for x in (2.3, 2.7, -2.3, -2.7, 5.0):
    print(x, math.floor(x), math.ceil(x), math.trunc(x), int(x))
print(round(7 / 3, 4), round(-7 / 3, 4))
prices = [19.995, 0.045, 2.5, 3.5, 1.0049]
print([round(p, 2) for p in prices], [f"{p:.2f}" for p in prices], [round(p) for p in prices])
