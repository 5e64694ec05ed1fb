# Arithmetic and bitwise operators with precedence, unary ops, augmented assignment and operator module.
import operator
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2, 10 - 3 - 2, 100 / 10 / 5)
print(7 // 2 * 2 + 7 % 2, 1 + 2 << 1, 1 | 2 ^ 3 & 4, ~5 + 1, -~5, not 1 + 1 == 2)
print(5 & 3, 5 | 3, 5 ^ 3, 5 << 2, 5 >> 1, -5 >> 1, ~5)
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x **= 3; print(x)
x %= 7; print(x)
n = 0b1100
n &= 0b1010; print(n)
n |= 0b0001; print(n)
n ^= 0b1111; print(n)
n <<= 3; print(n)
n >>= 2; print(n)
s = "ab"
s *= 3; print(s)
lst = [1]
lst += (2, 3); print(lst)
print(operator.add(2, 3), operator.mul("x", 3), operator.neg(4), operator.itemgetter(1)("abc"),
      operator.attrgetter("real")(5), operator.truediv(1, 4), operator.floordiv(-7, 2), operator.mod(-7, 2))
print(sorted([(1, "b"), (0, "c"), (1, "a")], key=operator.itemgetter(1)))
print(+True, -False, abs(-3.5), 3 * True, 1.5 + True)
print(1_000 * 3, 0xff + 0o10 + 0b11, 1e3 + 1, 5 % 3.5, 2 ** 0.5 * 2 ** 0.5)
