# divmod, pow (2- and 3-argument, negative exponents, modular inverse), abs on custom objects, and int/float edge values.
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (7.5, 2), (-7.5, 2), (0, 5), (10 ** 20, 7)]:
    print(a, b, divmod(a, b), a // b, a % b)
print(pow(3, 4), pow(3, -2), pow(8, 1 / 3), pow(2, 100, 97), pow(5, -1, 7), pow(10, 0), pow(0.0, 0))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
class Vector:
    def __init__(self, *c):
        self.c = c
    def __abs__(self):
        return sum(x * x for x in self.c) ** 0.5
print(abs(Vector(3, 4)), abs(Vector(1, 1, 1, 1)), abs(-2 ** 63), abs(-0.0), abs(-1e-320))
def modexp(base, exp, mod):
    result = 1
    base %= mod
    while exp:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result
print(all(modexp(b, e, m) == pow(b, e, m) for b in range(1, 20) for e in range(0, 30, 7) for m in (2, 7, 1000)))
print(divmod(365 * 24 * 3600 + 3725, 3600), divmod(3725, 60))
seconds = 987654
d, rem = divmod(seconds, 86400)
h, rem = divmod(rem, 3600)
m, s = divmod(rem, 60)
print(f"{d}d {h:02d}:{m:02d}:{s:02d}")
