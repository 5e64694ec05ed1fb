# Matrix math with lists: multiply, transpose, identity, determinant (exact with Fraction), inverse, and powers.
from fractions import Fraction
def mat_mul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(r) for r in zip(*m)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def det(m):
    m = [[Fraction(x) for x in row] for row in m]
    n, d = len(m), Fraction(1)
    for c in range(n):
        pivot = next((r for r in range(c, n) if m[r][c] != 0), None)
        if pivot is None:
            return Fraction(0)
        if pivot != c:
            m[c], m[pivot] = m[pivot], m[c]
            d = -d
        d *= m[c][c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            m[r] = [x - f * y for x, y in zip(m[r], m[c])]
    return d
def inverse(m):
    n = len(m)
    aug = [[Fraction(x) for x in row] + [Fraction(v) for v in idr] for row, idr in zip(m, identity(n))]
    for c in range(n):
        p = next(r for r in range(c, n) if aug[r][c] != 0)
        aug[c], aug[p] = aug[p], aug[c]
        pv = aug[c][c]
        aug[c] = [x / pv for x in aug[c]]
        for r in range(n):
            if r != c:
                f = aug[r][c]
                aug[r] = [x - f * y for x, y in zip(aug[r], aug[c])]
    return [row[n:] for row in aug]
def mat_pow(m, k):
    result = identity(len(m))
    while k:
        if k & 1:
            result = mat_mul(result, m)
        m = mat_mul(m, m)
        k >>= 1
    return result
def show(m):
    for row in m:
        print("  [" + " ".join(f"{str(x):>6}" for x in row) + "]")
A = [[2, 1, 0], [1, 3, 1], [0, 1, 4]]
B = [[1, 2], [0, 1], [5, -1]]
print("A*B:"); show(mat_mul(A, B))
print("B^T:"); show(transpose(B))
print("det A =", det(A), "det singular =", det([[1, 2], [2, 4]]), "det 4x4 =", det([[3, 2, 0, 1], [4, 0, 1, 2], [3, 0, 2, 1], [9, 2, 3, 1]]))
inv = inverse(A)
print("A^-1:"); show(inv)
print("A*A^-1 == I:", mat_mul(A, inv) == identity(3))
print("fib via matrix power:", [mat_pow([[1, 1], [1, 0]], n)[0][1] for n in range(1, 15)], mat_pow([[1, 1], [1, 0]], 200)[0][1])
print("float matrix:", mat_mul([[0.5, 1.5]], [[2.0], [0.1]]))
