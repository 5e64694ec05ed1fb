# Graph algorithms: BFS, DFS, Dijkstra with heapq, topological sort, grid search, itertools and deque.
from collections import deque
import heapq
import itertools

graph = {
    "A": {"B": 4, "C": 2},
    "B": {"C": 5, "D": 10},
    "C": {"E": 3},
    "D": {"F": 11},
    "E": {"D": 4},
    "F": {},
}

def bfs(start):
    seen = {start}
    order = []
    q = deque([start])
    while q:
        n = q.popleft()
        order.append(n)
        for m in sorted(graph[n]):
            if m not in seen:
                seen.add(m)
                q.append(m)
    return order

def dfs(n, seen=None):
    if seen is None:
        seen = []
    seen.append(n)
    for m in graph[n]:
        if m not in seen:
            dfs(m, seen)
    return seen

def dijkstra(src):
    dist = {n: float("inf") for n in graph}
    dist[src] = 0
    prev = {}
    pq = [(0, src)]
    while pq:
        d, n = heapq.heappop(pq)
        if d > dist[n]:
            continue
        for m, w in graph[n].items():
            nd = d + w
            if nd < dist[m]:
                dist[m] = nd
                prev[m] = n
                heapq.heappush(pq, (nd, m))
    return dist, prev

def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]

def topo():
    indeg = {n: 0 for n in graph}
    for n in graph:
        for m in graph[n]:
            indeg[m] += 1
    q = deque(sorted(n for n, d in indeg.items() if d == 0))
    res = []
    while q:
        n = q.popleft()
        res.append(n)
        for m in sorted(graph[n]):
            indeg[m] -= 1
            if indeg[m] == 0:
                q.append(m)
    return res

print(bfs("A"))
print(dfs("A"))
d, p = dijkstra("A")
print(d)
print(" -> ".join(path(p, "F")))
print(topo())
print(dijkstra("D")[0])
edges = [(a, b, w) for a in graph for b, w in graph[a].items()]
print(sorted(edges, key=lambda e: (e[2], e[0])))
print(heapq.nsmallest(3, edges, key=lambda e: e[2]), heapq.nlargest(2, [5, 1, 8, 3]))
h = []
for x in [5, 3, 8, 1, 9, 2]:
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(3)], h)
heapq.heapify(l := [9, 7, 5, 3, 1])
print(l, heapq.heappushpop(l, 4), heapq.heapreplace(l, 0), l)
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])))
grid = ["S.#.", "..#.", "...E"]
start = next((r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "S")
q = deque([(start, 0)])
seen = {start}
while q:
    (r, c), steps = q.popleft()
    if grid[r][c] == "E":
        print("steps", steps)
        break
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and grid[nr][nc] != "#" and (nr, nc) not in seen:
            seen.add((nr, nc))
            q.append(((nr, nc), steps + 1))
print(list(itertools.permutations("ABC", 2))[:4], len(list(itertools.combinations(range(6), 3))))
dq = deque(range(5), maxlen=5)
dq.append(5); dq.appendleft(-1); dq.rotate(2)
print(dq, dq[0], dq.maxlen, list(reversed(dq)))
