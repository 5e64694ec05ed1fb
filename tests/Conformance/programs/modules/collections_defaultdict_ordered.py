# collections.defaultdict (list, int, set of ints, nested lambda) and OrderedDict (move_to_end, popitem, equality).
from collections import defaultdict, OrderedDict
groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    groups[word[0]].append(word)
print(groups)
print(dict(groups), groups["z"], len(groups))
counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(sorted(counts.items()))
graph = defaultdict(set)
for a, b in [(1, 2), (1, 3), (2, 3), (3, 1)]:
    graph[a].add(b)
    graph[b].add(a)
print({k: sorted(v) for k, v in sorted(graph.items())})
tree = lambda: defaultdict(tree)
root = tree()
root["a"]["b"]["c"] = 1
root["a"]["x"] = 2
def plain(d):
    return {k: plain(v) if isinstance(d[k], defaultdict) else v for k, v in d.items()}
print(plain(root))
dd = defaultdict(lambda: "n/a", {"known": "yes"})
print(dd["known"], dd["unknown"], dd.default_factory(), list(dd))
nofactory = defaultdict()
try:
    nofactory["x"]
except KeyError as e:
    print("KeyError:", e)
od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od)
od.move_to_end("b")
print(list(od))
od.move_to_end("c", last=False)
print(list(od), od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == dict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
