# Unpacking in practice: swaps, rotating variables, starred targets in for loops, nested returns, enumerate/zip unpacking.
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
fib = (0, 1)
for _ in range(10):
    fib = (fib[1], fib[0] + fib[1])
print(fib)
records = [("ann", 31, "dev", "remote"), ("bob", 45, "ops"), ("cy", 22, "qa", "office", "part-time")]
for name, age, *rest in records:
    print(name, age, rest)
for *init, last in [(1, 2, 3), (4,), ("x", "y")]:
    print(init, last)
def stats(values):
    s = sorted(values)
    return s[0], s[-1], (s[0] + s[-1]) / 2, (len(s), sum(s))
lo, hi, mid, (count, total) = stats([4, 8, 1, 9])
print(lo, hi, mid, count, total)
for i, (k, v) in enumerate({"x": 1, "y": 2}.items()):
    print(i, k, v)
for (x1, y1), (x2, y2) in zip([(0, 0), (1, 1)], [(3, 4), (4, 5)]):
    print(x2 - x1, y2 - y1)
first, second, *_ = "hello"
print(first, second, _)
[p, q], r = "ab", "c"
print(p, q, r)
d = {"k": 1}
(key, value), = d.items()
print(key, value)
x = y = z = []
x.append(1)
print(y, z, x is z)
i, lst = 0, [10, 20]
i, lst[i] = 1, 99
print(i, lst)
