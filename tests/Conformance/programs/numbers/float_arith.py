# Everyday float arithmetic: accumulation errors, math.fsum, comparisons with tolerance, mixed int/float.
import math
total = 0.0
for i in range(10):
    total += 0.1
    print(i, total)
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.isclose(total, 1.0), math.isclose(1.0, 1.0001, rel_tol=1e-3), math.isclose(0.0, 1e-10))
print(3 * 0.1, 0.3, 3 * 0.1 == 0.3)
print(1 + 2.0, 2 * 3.5, 10 - 0.5, 7 / 7, type(7 / 7).__name__)
print(1.5 ** 2, 2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3), (-8) ** 2.0)
print(math.sqrt(2), math.sqrt(16), math.hypot(3, 4))
print(100 * 1.1, 0.7 + 0.1, 0.8 - 0.1)
prices = [19.99, 5.01, 3.50, 100.0]
print(sum(prices), round(sum(prices), 2), f"{sum(prices):.2f}")
avg = sum(prices) / len(prices)
print(avg, round(avg, 3))
celsius = [-40, 0, 37, 100]
for c in celsius:
    f = c * 9 / 5 + 32
    print(c, f, round(f))
print(1e-3 * 1e3, 1e10 / 1e-10, 2.5e-3)
print(float(2 ** 63), float(-(2 ** 63)), 2.0 ** 63 == 2 ** 63)
print(0.1 < 0.2 < 0.30000000000000004, 0.30000000000000004 > 0.3)
