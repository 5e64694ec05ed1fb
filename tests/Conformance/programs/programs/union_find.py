# Union-find (disjoint sets) with path compression and union by rank: connectivity queries, Kruskal's MST, and counting islands.
class DSU:
    def __init__(self, items):
        self.parent = {x: x for x in items}
        self.rank = {x: 0 for x in items}
        self.sets = len(self.parent)
    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root
    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        self.sets -= 1
        return True
d = DSU(range(10))
for a, b in [(0, 1), (2, 3), (1, 3), (5, 6), (7, 8), (8, 9), (3, 0)]:
    print(f"union({a},{b}) -> {d.union(a, b)}, sets={d.sets}")
print(d.find(2) == d.find(0), d.find(4) == d.find(5), sorted({d.find(x) for x in range(10)}) == sorted({d.find(x) for x in range(10)}))
groups = {}
for x in range(10):
    groups.setdefault(d.find(x), []).append(x)
print(sorted(groups.values()))
edges = [(7, "A", "B"), (5, "A", "D"), (8, "B", "C"), (9, "B", "D"), (7, "B", "E"), (5, "C", "E"), (15, "D", "E"),
         (6, "D", "F"), (8, "E", "F"), (9, "E", "G"), (11, "F", "G")]
mst_dsu = DSU("ABCDEFG")
mst = [(w, a, b) for w, a, b in sorted(edges) if mst_dsu.union(a, b)]
print(mst, sum(w for w, _, _ in mst))
grid = ["11000", "11011", "00100", "00011", "10001"]
cells = [(r, c) for r in range(5) for c in range(5) if grid[r][c] == "1"]
islands = DSU(cells)
for r, c in cells:
    for nr, nc in ((r + 1, c), (r, c + 1)):
        if (nr, nc) in islands.parent:
            islands.union((r, c), (nr, nc))
print("islands:", islands.sets)
