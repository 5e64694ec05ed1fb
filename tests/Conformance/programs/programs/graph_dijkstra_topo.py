# Graph search: BFS, DFS, Dijkstra with heapq, topological sort.
import heapq
from collections import deque, defaultdict
edges = [("a", "b", 4), ("a", "c", 2), ("b", "c", 5), ("b", "d", 10), ("c", "e", 3), ("e", "d", 4), ("d", "f", 11)]
graph = defaultdict(list)
for u, v, w in edges:
    graph[u].append((v, w))
    graph[v].append((u, w))
def bfs(start):
    seen, order, q = {start}, [], deque([start])
    while q:
        node = q.popleft()
        order.append(node)
        for nxt, _ in sorted(graph[node]):
            if nxt not in seen:
                seen.add(nxt)
                q.append(nxt)
    return order
def dfs(node, seen=None):
    seen = seen if seen is not None else []
    seen.append(node)
    for nxt, _ in sorted(graph[node]):
        if nxt not in seen:
            dfs(nxt, seen)
    return seen
def dijkstra(src):
    dist = {src: 0}
    prev = {}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(pq, (nd, v))
    return dist, prev
print(bfs("a"), dfs("a"))
dist, prev = dijkstra("a")
print(sorted(dist.items()))
path, node = [], "f"
while node != "a":
    path.append(node)
    node = prev[node]
print(" -> ".join(reversed(path + ["a"])))
deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core"], "core": [], "tests": ["app"]}
def topo(deps):
    indeg = {k: 0 for k in deps}
    for k, vs in deps.items():
        for v in vs:
            indeg[k] += 1
    ready = sorted(k for k, d in indeg.items() if d == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for k, vs in sorted(deps.items()):
            if n in vs:
                indeg[k] -= 1
                if indeg[k] == 0:
                    ready.append(k)
    return out
print(topo(deps))
grid = ["S.#.....", ".##.###.", "....#...", ".##...#E"]
start = next((r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "S")
q, seen = deque([(start, 0)]), {start}
while q:
    (r, c), d = q.popleft()
    if grid[r][c] == "E":
        print("maze", d)
        break
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and grid[nr][nc] != "#" and (nr, nc) not in seen:
            seen.add((nr, nc))
            q.append(((nr, nc), d + 1))
