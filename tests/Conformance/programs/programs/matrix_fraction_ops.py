# Matrix class with operator overloading, determinant, transpose and pretty printing.
from fractions import Fraction
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n, self.m = len(rows), len(rows[0])
    def __repr__(self):
        return f"Matrix({self.rows})"
    def __str__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(f"{str(x):>{w}}" for x in r) + "]" for r in self.rows)
    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
    def __mul__(self, o):
        if isinstance(o, (int, float, Fraction)):
            return Matrix([[x * o for x in r] for r in self.rows])
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    __rmul__ = __mul__
    def __matmul__(self, o):
        return self * o
    def __eq__(self, o):
        return self.rows == o.rows
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def T(self):
        return Matrix(list(zip(*self.rows)))
    def det(self):
        a = [[Fraction(x) for x in r] for r in self.rows]
        n, d = self.n, Fraction(1)
        for i in range(n):
            p = next((k for k in range(i, n) if a[k][i] != 0), None)
            if p is None:
                return Fraction(0)
            if p != i:
                a[i], a[p] = a[p], a[i]
                d = -d
            d *= a[i][i]
            for k in range(i + 1, n):
                f = a[k][i] / a[i][i]
                a[k] = [x - f * y for x, y in zip(a[k], a[i])]
        return d
A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A + B, A * B, 2 * A, A @ B == A * B, sep="\n")
print(repr(A.T()), A[1, 0], A.det(), Matrix([[2, -1, 0], [-1, 2, -1], [0, -1, 2]]).det())
print(Matrix([[Fraction(1, 2), Fraction(1, 3)], [1, 1]]))
I = Matrix([[int(i == j) for j in range(3)] for i in range(3)])
print(I * Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 10]]) == Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 10]]), Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 10]]).det())
print([[round(x, 3) for x in r] for r in (Matrix([[0.1, 0.2], [0.3, 0.4]]) * 3).rows])
