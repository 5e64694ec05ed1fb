# A Matrix class with operator overloading and Fractions, then math module and int/float/complex edge cases.
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(rows)
        self.m = len(rows[0]) if rows else 0
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]
    def __setitem__(self, idx, v):
        i, j = idx
        self.rows[i][j] = v
    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
    def __mul__(self, o):
        if isinstance(o, (int, float)):
            return Matrix([[a * o for a in r] for r in self.rows])
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    __rmul__ = __mul__
    def __matmul__(self, o):
        return self * o
    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result @ base
            base = base @ base
            k >>= 1
        return result
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    def __repr__(self):
        return f"Matrix({self.rows})"
    def __str__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join(" ".join(str(x).rjust(w) for x in r) for r in self.rows)
    def transpose(self):
        return Matrix(list(map(list, zip(*self.rows))))
    def det(self):
        if self.n == 1:
            return self.rows[0][0]
        if self.n == 2:
            return self[0, 0] * self[1, 1] - self[0, 1] * self[1, 0]
        return sum((-1) ** j * self[0, j] * Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]]).det() for j in range(self.m))

a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a + b)
print(a * b)
print(repr(a @ b), 2 * a, a * 0.5)
fib = Matrix([[1, 1], [1, 0]]) ** 90
print(fib[0, 1])
print(Matrix.identity(3))
c = Matrix([[2, -3, 1], [2, 0, -1], [1, 4, 5]])
print(c.det(), c.transpose().det(), c.transpose())
c[1, 1] = 7
print(c.rows[1], a == Matrix([[1, 2], [3, 4]]), a != b)
from fractions import Fraction
h = Matrix([[Fraction(1, i + j + 1) for j in range(3)] for i in range(3)])
print(h.det(), h[2, 2], repr(h[0, 1]))
import math
v = [3.0, 4.0]
print(math.hypot(*v), math.sqrt(sum(x * x for x in v)), math.isclose(0.1 + 0.2, 0.3), math.dist([0, 0], v))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), round(2.5), round(3.5), round(-0.5), round(2.675, 2))
print(math.gcd(48, 18), math.lcm(4, 6), math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]))
print(math.pi, math.e, math.inf, -math.inf, math.nan, math.tau)
print(math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(1), math.atan2(1, 1), math.degrees(math.pi))
print(divmod(-7, 2), divmod(7, -2), -7 // 2, -7 % 2, 7.5 // 2, -7.5 % 2, divmod(7.5, -2))
print(2 ** -2, 2 ** 0.5, (-8) ** (1 / 3), pow(3, 4, 5), pow(2, -1, 7), 10 ** 20, 1e16, 1e-5, 123456789.0 * 1000)
print(float("1e500"), float("-inf"), int("0x1F", 16), int("  42  "), int("1_000"), float("3.14"), int(-3.9), int(True))
print(0.1 + 0.2, 1 / 3, 2 / 3, 100.0, 1e22, 1.5e-7, 3.0e15, 12345678901234567.0, -0.0, abs(-0.0))
print(sum([0.1] * 10), math.fsum([0.1] * 10), 7 / 7, 5 // 0.3, 5 % 0.3)
print((1 + 2j) * (3 - 1j), abs(3 + 4j), complex(1, -1), (1j) ** 2, complex("2+3j").conjugate())
