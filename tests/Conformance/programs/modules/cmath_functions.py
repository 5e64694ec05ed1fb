# cmath: the functions over ordinary, large, tiny and special (inf/nan/signed zero) arguments, the
# constants, the errors CPython raises and the argument conversions (int, float, __complex__).
import cmath
import math

inf = float("inf")
nan = float("nan")
values = [0j, -0.0 + 0j, complex(0.0, -0.0), 1 + 0j, -1 + 0j, 2 + 3j, -2.5 + 0.5j, 0.5 - 0.75j, 1e-310 + 1e-310j,
          1e300 + 1e300j, -1e308 + 5j, complex(inf, 0.0), complex(-inf, 2.0), complex(3.0, inf), complex(nan, 1.0),
          complex(inf, nan), complex(0.0, nan), complex(1.0, -inf), 0.99 + 0.1j, 1 + 1e-20j]
names = ["sqrt", "exp", "log", "log10", "acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "sin",
         "sinh", "tan", "tanh"]

for name in names:
    f = getattr(cmath, name)
    row = []
    for z in values:
        try:
            row.append(repr(f(z)))
        except (ValueError, OverflowError) as exc:
            row.append(f"{type(exc).__name__}({exc})")
    print(name)
    for z, r in zip(values, row):
        print(f"  {z!r:>28} -> {r}")

for z in values:
    try:
        print("polar", z, cmath.polar(z), cmath.phase(z))
    except OverflowError as exc:
        print("polar", z, "OverflowError", exc)
    print("  finite/nan/inf", cmath.isfinite(z), cmath.isnan(z), cmath.isinf(z))

for r, phi in [(1.0, 0.0), (2.0, math.pi / 3), (1.0, -0.0), (inf, 1.0), (-inf, 2.0), (inf, 0.0), (0.0, inf), (1.0, inf), (nan, 0.0), (3, 4)]:
    try:
        print("rect", r, phi, cmath.rect(r, phi))
    except ValueError as exc:
        print("rect", r, phi, "ValueError", exc)

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(cmath.log(8, 2), cmath.log(100 + 0j, 10), cmath.log(-1, 1j))
for args in [(0,), (0, 2), (2, 1), (2, 0)]:
    try:
        print("log", args, cmath.log(*args))
    except ValueError as exc:
        print("log", args, "ValueError", exc)
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j, rel_tol=0.2), cmath.isclose(0j, 1e-10j, abs_tol=1e-9))
print(cmath.isclose(complex(inf, 0), complex(inf, 0)), cmath.isclose(complex(inf, 0), 1e308), cmath.isclose(nan, nan))
try:
    cmath.isclose(1, 2, rel_tol=-1)
except ValueError as exc:
    print("ValueError", exc)


class Wrapped:
    def __complex__(self):
        return 3 + 4j


class Half:
    def __float__(self):
        return 0.25


print(cmath.sqrt(Wrapped()), cmath.exp(Half()), cmath.sqrt(-4), cmath.sqrt(True), cmath.log(10**20))
for bad in ["x", None, [1]]:
    try:
        cmath.sqrt(bad)
    except TypeError as exc:
        print("TypeError", exc)
