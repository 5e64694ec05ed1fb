# inf and nan: arithmetic, comparisons, math.isnan/isinf, and conversions that fail.
import math
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan)
print(inf + 1, inf - inf, inf * 0, inf / inf, -inf * -1)
print(inf > 1e308, -inf < -1e308, inf == inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan)
print(math.isnan(nan), math.isinf(inf), math.isinf(nan), math.isfinite(1.0), math.isfinite(inf))
print(math.inf == inf, math.nan == math.nan)
print([1.0, inf, -inf].index(inf))
print(min(3.0, inf), max(-inf, -3.0))
print(sorted([3.0, -inf, inf, 0.0]))
print(repr(inf), str(-inf), f"{inf:.2f}", f"{nan:8.3f}|", f"{-inf:e}")
print(abs(-inf), round(2.5), math.copysign(1.0, -0.0))
print(0.0 == -0.0, str(-0.0), repr(0.0 * -1))
for bad in (inf, -inf, nan):
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    round(inf)
except OverflowError as e:
    print("OverflowError", e)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError", e)
print(1e300 * 1e300, -1e300 * 1e300)
print(float("nan") in [float("nan")], nan in [nan])
print(hash(inf), hash(-inf), hash(0.0), hash(1.0), hash(1.5))
