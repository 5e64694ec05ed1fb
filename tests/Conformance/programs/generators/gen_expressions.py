# Generator expressions: laziness, single use, as function arguments, and interplay with any/all/sum.
nums = [3, 8, 1, 9, 4]
g = (n * 2 for n in nums)
print(next(g), next(g), list(g), list(g))
print(sum(n * n for n in nums), max(n % 5 for n in nums), min((n for n in nums if n > 3), default=None))
print(any(n > 8 for n in nums), all(n > 0 for n in nums), sorted(str(n) for n in nums))
def noisy(x):
    print("  checking", x)
    return x > 5
print(any(noisy(n) for n in nums))
print(all(noisy(n) for n in nums))
pairs = ((a, b) for a in range(3) for b in range(a))
print(list(pairs))
lines = ["a,1", "b,2", "c,3"]
d = dict(line.split(",") for line in lines)
print(d)
print(", ".join(f"{k}:{v}" for k, v in d.items()))
total_len = sum(len(w) for w in "the quick brown fox".split())
print(total_len)
lazy = (1 / x for x in [1, 2, 0, 4])
print(next(lazy), next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(list(lazy))
print(tuple(c.upper() for c in "abc"), set(x % 3 for x in range(10)), len(list(x for x in range(5))))
