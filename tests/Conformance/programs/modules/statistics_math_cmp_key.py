# statistics over Fractions and Decimals (decimal imported by the program), math's integer helpers, and
# functools.cmp_to_key keys, which compare only with keys of the same function.
import statistics as st, math, functools
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.median(data), st.mode(data), st.stdev(data), st.pstdev(data), st.variance(data))
print(st.median([1, 3, 2, 4]), st.median_low([1, 3, 2, 4]), st.median_high([1, 3, 2, 4]), st.multimode("aabbc"))
print(st.mean([1.5, 2.5]), st.fmean([1, 2, 3]), st.harmonic_mean([40, 60]), st.geometric_mean([1, 4]))
from fractions import Fraction
from decimal import Decimal
print(st.mean([Fraction(1, 3), Fraction(2, 3)]), st.mean([Decimal("1.1"), Decimal("2.2")]))
for f in (lambda: st.mean([]), lambda: st.stdev([1]), lambda: st.mode([])):
    try:
        f()
    except st.StatisticsError as e:
        print("StatisticsError", e)
print(math.isqrt(10**20 + 1), math.comb(52, 5), math.perm(10, 3), math.perm(5), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([1.5, 2]), math.gcd(12, 18, 24), math.gcd(), math.lcm(4, 6, 10))
print(math.dist((0, 0), (3, 4)), math.hypot(3, 4, 12), math.copysign(1, -0.0), math.remainder(10, 3))
for f in (lambda: math.isqrt(-1), lambda: math.comb(3, -1), lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.factorial(2.0)):
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=4), st.correlation([1, 2, 3], [2, 4, 7]) if hasattr(st, "correlation") else None)
def cmp(a, b):
    if a[1] != b[1]:
        return -1 if a[1] > b[1] else 1
    return (a[0] > b[0]) - (a[0] < b[0])
items = [("b", 2), ("a", 2), ("c", 5), ("d", 1)]
print(sorted(items, key=functools.cmp_to_key(cmp)))
print(sorted(["10", "9", "100"], key=functools.cmp_to_key(lambda x, y: int(x) - int(y)), reverse=True))
k = functools.cmp_to_key(lambda a, b: a - b)
print(k(1) < k(2), k(3) == k(3))
try:
    k(1) < 2
except TypeError as e:
    print("TypeError", e)
