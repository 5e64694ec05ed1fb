# Numeric formatting and math edge cases common in scripts.
import math
vals = [0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e-5, 123456789.123456789, -0.0, float("inf"), float("nan"), 2.5, 3.5, 1e22, 5e-324]
print(vals)
print([round(v, 2) if math.isfinite(v) else v for v in vals[:7]], round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(1234.5678, -2))
print([f"{v:.3g}" for v in vals], [f"{v:e}" for v in vals[:4]], f"{1e16:f}", f"{0.1:.20f}", f"{math.pi:10.4f}|{math.pi:<10.2e}|")
print(int("1_000"), int(" 42 "), float(" -1.5e3 "), int(-3.9), int(3.9), math.floor(-3.5), math.ceil(-3.5), math.trunc(-3.5), -7 // 2, -7 % 2, 7 % -2)
print(math.isclose(0.1 + 0.2, 0.3), math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), sum([0.1] * 10), math.gcd(12, 18, 24), math.lcm(4, 6))
print(math.sqrt(2), math.hypot(3, 4), math.log(100, 10), math.log2(1024), math.log10(0.001), math.exp(1), math.atan2(1, 1), math.degrees(math.pi), math.radians(180))
print(float("nan") == float("nan"), math.isnan(float("nan")), float("inf") > 1e308, -float("inf"), math.inf - math.inf, 1e308 * 10, divmod(7.5, 2), 2 ** -1, 10 ** 20, 10.0 ** 20)
print(f"{1234567:,}", f"{1234567.891:,.2f}", f"{0.5:%}", f"{42:b}", f"{42:o}", f"{255:X}", f"{65:c}", f"{-42:+d}", f"{42: d}", f"{3.14159:.0f}", f"{1e-7:g}", f"{1.0:g}", f"{100000000.0:g}")
print(str(1.0), str(100.0), str(1e100), repr(1.1), 1.5e300 * 1.5e300, -1e-320, 0.1 * 3, 4.35 * 100, 1 / 7)
print(sum(range(1, 101)), sum(x * x for x in range(10)), max([3, 1, 2], default=None), min([], default="empty"), abs(-3 + 4j), (1 + 2j) * (3 - 1j), complex("1+2j"), pow(2, -2), pow(-8, 1 / 3))
print(bool(0.0), bool(-0.0), 0.0 == -0.0, hash(0.0) == hash(-0.0), 1 == 1.0 == True, {1: "a", 1.0: "b", True: "c"}, hash(2 ** 61 - 1), hash(-1), hash(1.5))
print(int.from_bytes(b"\x01\x00", "big"), (1024).to_bytes(2, "little"), (255).bit_length(), (-5).bit_count() if hasattr(int, "bit_count") else None, 7 .as_integer_ratio(), 0.75.as_integer_ratio(), (0.1).hex(), float.fromhex("0x1.8p1"))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    int("12a")
except ValueError as e:
    print("ValueError:", e)
try:
    1 / 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
print(math.factorial(20), math.isqrt(10 ** 20 + 1), math.copysign(3, -0.0), math.fmod(-7, 3), math.remainder(7, 3), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
