# Loops over range() whose bounds the inference cannot prove ints, into an int loop variable: range converts the
# bounds (evaluated first, in order) and raises its own errors.
def worker(k, n):
    total = 0
    for i in range(k * n // 2, (k + 1) * n // 2):
        total += i % 7
    return total

def steps(a, b, c):
    out = []
    for i in range(a, b, c):
        j = i * 2
        out.append(j)
    return out

def bad(x):
    hits = 0
    for i in range(x):
        hits += 1
    return hits

def order():
    def f(tag, v):
        print("argument", tag)
        return v
    n = 0
    for i in range(f("a", 1.5), f("b", 3)):
        n += 1
    return n

print(worker(0, 1000), worker(1, 1000))
print(steps(10, 0, -3), steps(0, 10, 4), steps(2**40, 2**40 + 3, 1))
print(bad(5), bad(True), bad(-3))
for arg in (2.5, "3", None):
    try:
        bad(arg)
    except TypeError as e:
        print("TypeError", e)
try:
    steps(0, 10, 0)
except ValueError as e:
    print("ValueError", e)
try:
    order()
except TypeError as e:
    print("TypeError", e)
class Idx:
    def __index__(self):
        return 4
print(bad(Idx()))
