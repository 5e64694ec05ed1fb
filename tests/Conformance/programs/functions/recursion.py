# Recursive functions: factorial, fibonacci with memo, permutations, flatten, hanoi and tree depth.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print([fact(n) for n in range(10)], fact(25))
memo = {0: 0, 1: 1}
def fib(n):
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(90), [fib(i) for i in range(15)])
def perms(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i, x in enumerate(items):
        for p in perms(items[:i] + items[i + 1:]):
            out.append([x] + p)
    return out
print(perms([1, 2, 3]), len(perms(list("abcde"))))
def flatten(x):
    if isinstance(x, list):
        return [y for item in x for y in flatten(item)]
    return [x]
print(flatten([1, [2, [3, [4, []]], 5], [[6]]]))
moves = []
def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src)
hanoi(3, "A", "C", "B")
print(len(moves), moves)
tree = {"v": 1, "kids": [{"v": 2, "kids": []}, {"v": 3, "kids": [{"v": 4, "kids": [{"v": 5, "kids": []}]}]}]}
def depth(node):
    return 1 + max((depth(k) for k in node["kids"]), default=0)
def total(node):
    return node["v"] + sum(total(k) for k in node["kids"])
print(depth(tree), total(tree))
def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(power_set([1, 2, 3]))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
