# Lists of lists as matrices and grids: building, rotating, spiral order, neighbours, and in-place updates.
n = 4
m = [[r * n + c for c in range(n)] for r in range(n)]
for row in m:
    print(row)
rotated = [list(row) for row in zip(*m[::-1])]
print(rotated)
print([list(row) for row in zip(*m)][::-1])
def spiral(mat):
    out = []
    mat = [row[:] for row in mat]
    while mat:
        out += mat.pop(0)
        mat = [list(r) for r in zip(*mat)][::-1]
    return out
print(spiral(m), spiral([[1, 2, 3]]), spiral([]))
grid = [list("..#."), list(".#.."), list("...#")]
def neighbours(r, c):
    return sum(grid[rr][cc] == "#" for rr in range(r - 1, r + 2) for cc in range(c - 1, c + 2)
               if (rr, cc) != (r, c) and 0 <= rr < len(grid) and 0 <= cc < len(grid[0]))
counts = [[neighbours(r, c) for c in range(len(grid[0]))] for r in range(len(grid))]
print(counts)
for r, row in enumerate(m):
    for c in range(len(row)):
        if r == c:
            row[c] = 0
print(m, sum(map(sum, m)))
diag = [m[i][i] for i in range(n)]
anti = [m[i][n - 1 - i] for i in range(n)]
print(diag, anti)
table = [["name", "qty"], ["apple", 3], ["kiwi", 12]]
widths = [max(len(str(row[i])) for row in table) for i in range(2)]
for row in table:
    print(" | ".join(str(v).ljust(w) for v, w in zip(row, widths)))
