# frozensets as dict keys and set elements: undirected edges, cliques of small ints, and set algebra on relations.
edges = {frozenset((1, 2)), frozenset((2, 3)), frozenset((1, 3)), frozenset((3, 4)), frozenset((2, 1))}
print(len(edges), sorted(tuple(sorted(e)) for e in edges))
weights = {frozenset((1, 2)): 5, frozenset((2, 3)): 1}
print(weights[frozenset((2, 1))], weights.get(frozenset((1, 3)), "none"))
nodes = set().union(*edges)
print(nodes)
adj = {n: {m for e in edges if n in e for m in e if m != n} for n in sorted(nodes)}
print(adj)
triangles = {frozenset((a, b, c)) for a in nodes for b in adj[a] for c in adj[b] if c in adj[a] and len({a, b, c}) == 3}
print([sorted(t) for t in triangles])
friends = {"ann": {1, 2, 3}, "bob": {2, 3, 4}, "cy": {3, 5}}
common = set.intersection(*friends.values())
everyone = set.union(*friends.values())
print(common, everyone, {k: sorted(v - common) for k, v in friends.items()})
powerset = [frozenset(s) for s in [(), (1,), (2,), (1, 2)]]
print(sorted(sorted(s) for s in powerset), frozenset((1, 2)) in set(powerset), frozenset() < frozenset({1}))
relation = {(1, 2), (2, 3), (3, 4)}
closure = set(relation)
while True:
    new = {(a, d) for a, b in closure for c, d in closure if b == c} - closure
    if not new:
        break
    closure |= new
print(sorted(closure))
