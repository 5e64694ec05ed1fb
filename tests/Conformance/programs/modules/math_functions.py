# math module: constants, floor/ceil/trunc, sqrt/isqrt, gcd/lcm, factorial/comb/perm, fsum, prod, rounded transcendental results.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(7), type(math.floor(2.5)).__name__)
print(math.sqrt(2), math.sqrt(144), math.isqrt(99), math.isqrt(10 ** 30), math.hypot(5, 12), math.dist((0, 0), (3, 4)))
print(math.gcd(84, 36), math.gcd(0, 5), math.gcd(12, 18, 30), math.lcm(4, 6), math.lcm(3, 5, 7))
print(math.factorial(20), math.comb(10, 3), math.comb(50, 25), math.perm(5, 2), math.perm(5))
print(math.fsum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([], start=5), math.prod(range(1, 11)))
print(math.fabs(-3), math.copysign(3, -0.0), math.fmod(-7, 3), -7 % 3, math.remainder(7, 2))
print(math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4), math.isclose(0.1 + 0.2, 0.3))
print(round(math.exp(1), 10), round(math.log(100, 10), 10), math.log2(1024), math.log10(1000), round(math.log(math.e), 12))
print(round(math.sin(math.pi / 6), 12), round(math.cos(math.pi / 3), 12), round(math.tan(math.pi / 4), 12))
print(round(math.degrees(math.pi), 10), round(math.radians(180), 10), round(math.atan2(1, 1) * 4, 12))
print(math.pow(2, 10), 2 ** 10, math.pow(4, 0.5), math.exp(0), math.log(1))
for bad in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.isqrt(-4)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
print(math.isnan(float("nan")), math.isinf(-math.inf), math.isfinite(1e308))
print([round(math.sqrt(n), 4) for n in range(1, 11)])
print(f"{math.cosh(1):.6f} {math.sinh(1):.6f} {math.asin(1):.6f} {math.acos(0):.6f} {math.atan(1):.6f}")
print(math.ceil(10 ** 20 / 3), math.floor(1e20), math.trunc(-1e-9))
