# Backtracking: all N-Queens solutions counts, the first 8-queens board, and a small Sudoku solver.
def queens(n):
    solutions = []
    cols, d1, d2 = set(), set(), set()
    placement = []
    def place(r):
        if r == n:
            solutions.append(placement[:])
            return
        for c in range(n):
            if c in cols or r - c in d1 or r + c in d2:
                continue
            cols.add(c); d1.add(r - c); d2.add(r + c); placement.append(c)
            place(r + 1)
            cols.remove(c); d1.remove(r - c); d2.remove(r + c); placement.pop()
    place(0)
    return solutions
print([len(queens(n)) for n in range(1, 9)])
first = queens(8)[0]
for c in first:
    print(" ".join("Q" if i == c else "." for i in range(8)))
puzzle = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79"""
grid = [[int(c) if c != "." else 0 for c in line] for line in puzzle.split()]
def candidates(g, r, c):
    used = set(g[r]) | {g[i][c] for i in range(9)} | {g[i][j] for i in range(r // 3 * 3, r // 3 * 3 + 3) for j in range(c // 3 * 3, c // 3 * 3 + 3)}
    return [v for v in range(1, 10) if v not in used]
def solve(g):
    best = None
    for r in range(9):
        for c in range(9):
            if g[r][c] == 0:
                cands = candidates(g, r, c)
                if best is None or len(cands) < len(best[2]):
                    best = (r, c, cands)
    if best is None:
        return True
    r, c, cands = best
    for v in cands:
        g[r][c] = v
        if solve(g):
            return True
    g[r][c] = 0
    return False
print(solve(grid))
for row in grid:
    print("".join(map(str, row)))
print(all(sorted(row) == list(range(1, 10)) for row in grid), all(sorted(col) == list(range(1, 10)) for col in zip(*grid)))
