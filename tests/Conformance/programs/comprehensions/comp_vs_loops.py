# The same computations written as loops and as comprehensions, checked equal: filters, nested loops, dict building, flattening.
data = [3, 8, 1, 9, 4, 7, 2]
loop_result = []
for x in data:
    if x % 2:
        loop_result.append(x * x)
comp_result = [x * x for x in data if x % 2]
print(loop_result, comp_result, loop_result == comp_result)
pairs_loop = []
for i in range(3):
    for j in range(i):
        pairs_loop.append((i, j))
pairs_comp = [(i, j) for i in range(3) for j in range(i)]
print(pairs_loop == pairs_comp, pairs_comp)
index_loop = {}
for i, x in enumerate(data):
    index_loop[x] = i
print(index_loop == {x: i for i, x in enumerate(data)})
nested = [[1, 2], [3], [], [4, 5, 6]]
flat_loop = []
for sub in nested:
    for v in sub:
        flat_loop.append(v)
print(flat_loop == [v for sub in nested for v in sub], flat_loop)
groups_loop = {}
for w in ["apple", "avocado", "bean", "beet", "corn"]:
    groups_loop.setdefault(w[0], []).append(w)
words = ["apple", "avocado", "bean", "beet", "corn"]
groups_comp = {c: [w for w in words if w[0] == c] for c in dict.fromkeys(w[0] for w in words)}
print(groups_loop == groups_comp, groups_comp)
running, acc = [], 0
for x in data:
    acc += x
    running.append(acc)
acc2 = 0
print(running == [acc2 := acc2 + x for x in data], running)
