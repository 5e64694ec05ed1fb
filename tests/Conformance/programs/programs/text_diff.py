# A line-based diff using longest common subsequence: unified-style output with context markers and change statistics.
def lcs_table(a, b):
    t = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            t[i][j] = t[i + 1][j + 1] + 1 if a[i] == b[j] else max(t[i + 1][j], t[i][j + 1])
    return t
def diff(a, b):
    t = lcs_table(a, b)
    i = j = 0
    ops = []
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            ops.append((" ", a[i])); i += 1; j += 1
        elif t[i + 1][j] >= t[i][j + 1]:
            ops.append(("-", a[i])); i += 1
        else:
            ops.append(("+", b[j])); j += 1
    ops += [("-", x) for x in a[i:]] + [("+", x) for x in b[j:]]
    return ops
old = """def greet(name):
    print("Hello", name)

def main():
    greet("world")
    greet("python")
    return 0""".splitlines()
new = """def greet(name, punct="!"):
    print("Hello", name + punct)

def main():
    greet("world")
    greet("C#")
    greet("python")
    return 0""".splitlines()
ops = diff(old, new)
for op, line in ops:
    print(f"{op} {line}")
stats = {k: sum(1 for op, _ in ops if op == k) for k in "+- "}
print(f"{stats['+']} insertions(+), {stats['-']} deletions(-), {stats[' ']} unchanged")
print(diff(list("kitten"), list("sitting")))
print(diff([], ["only"]), diff(["same"], ["same"]))
