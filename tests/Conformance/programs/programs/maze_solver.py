# Maze solving on a text grid with BFS (shortest path drawn with dots) and DFS reachability counts.
from collections import deque
MAZE = """\
##########
#S...#...#
#.##.#.#.#
#.#..#.#.#
#.#.##.#.#
#...#..#.#
###.#.##.#
#.....#.E#
##########"""
grid = [list(row) for row in MAZE.splitlines()]
find = lambda ch: next((r, c) for r, row in enumerate(grid) for c, v in enumerate(row) if v == ch)
start, end = find("S"), find("E")
def neighbors(r, c):
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if grid[nr][nc] != "#":
            yield nr, nc
def bfs():
    prev = {start: None}
    q = deque([start])
    while q:
        cur = q.popleft()
        if cur == end:
            break
        for n in neighbors(*cur):
            if n not in prev:
                prev[n] = cur
                q.append(n)
    if end not in prev:
        return None
    path, cur = [], end
    while cur:
        path.append(cur)
        cur = prev[cur]
    return path[::-1]
path = bfs()
print("start", start, "end", end, "steps", len(path) - 1)
solved = [row[:] for row in grid]
for r, c in path[1:-1]:
    solved[r][c] = "*"
print("\n".join("".join(row) for row in solved))
open_cells = sum(row.count(".") for row in grid) + 2
seen = set()
stack = [start]
while stack:
    cur = stack.pop()
    if cur in seen:
        continue
    seen.add(cur)
    stack.extend(n for n in neighbors(*cur) if n not in seen)
print("reachable", len(seen), "of", open_cells, "dead cells", open_cells - len(seen))
grid[7][7] = "#"
grid[5][8] = "#"
print("after blocking:", bfs())
