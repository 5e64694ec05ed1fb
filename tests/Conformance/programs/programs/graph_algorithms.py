# Graph algorithms on adjacency dicts: BFS shortest path, DFS order, Dijkstra, topological sort, connected components.
import heapq
from collections import deque
edges = [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3), ("E", "D", 4), ("D", "F", 11), ("G", "H", 1)]
graph = {}
for u, v, w in edges:
    graph.setdefault(u, []).append((v, w))
    graph.setdefault(v, []).append((u, w))
def bfs_path(start, goal):
    prev = {start: None}
    q = deque([start])
    while q:
        node = q.popleft()
        if node == goal:
            path = []
            while node is not None:
                path.append(node)
                node = prev[node]
            return path[::-1]
        for nxt, _ in graph[node]:
            if nxt not in prev:
                prev[nxt] = node
                q.append(nxt)
    return None
def dfs(start):
    seen, order = set(), []
    def visit(n):
        seen.add(n)
        order.append(n)
        for m, _ in sorted(graph[n]):
            if m not in seen:
                visit(m)
    visit(start)
    return order
def dijkstra(src):
    dist = {src: 0}
    heap = [(0, src)]
    while heap:
        d, n = heapq.heappop(heap)
        if d > dist[n]:
            continue
        for m, w in graph[n]:
            nd = d + w
            if nd < dist.get(m, float("inf")):
                dist[m] = nd
                heapq.heappush(heap, (nd, m))
    return dict(sorted(dist.items()))
def components():
    seen, comps = set(), []
    for n in sorted(graph):
        if n not in seen:
            comp = dfs(n)
            seen.update(comp)
            comps.append(sorted(comp))
    return comps
print(bfs_path("A", "F"), bfs_path("A", "H"), bfs_path("G", "H"))
print(dfs("A"))
print(dijkstra("A"))
print(components())
deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core", "log"], "core": [], "log": [], "tests": ["app"]}
def topo(deps):
    indeg = {n: len(ds) for n, ds in deps.items()}
    users = {n: [] for n in deps}
    for n, ds in deps.items():
        for d in ds:
            users[d].append(n)
    ready = sorted(n for n, k in indeg.items() if k == 0)
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for u in sorted(users[n]):
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.append(u)
                ready.sort()
    return order
print(topo(deps))
