# Parallel assignment of tuple displays and counting sums, on the typed path and next to dynamic values.
def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def swap_kinds():
    x, y = 1, "one"
    x, y = y, x
    print(x, y)
    [p, q] = 2.5, 3
    p, q = q, p
    print(p, q)
    i, j = 0, 10
    while i < j:
        i, j = i + 1, j - 1
    print(i, j)


def counts(values):
    evens = sum(1 for v in values if v % 2 == 0)
    pairs = sum(1 for v in values for w in values if v < w)
    truths = sum(True for v in values if v)
    print(evens, pairs, truths, sum(1 for _ in ()))
    return evens + pairs


def count_error(values):
    try:
        return sum(1 for v in values if v > 2)
    except TypeError as e:
        return "TypeError: " + str(e)


print(fib_iter(10), fib_iter(100))
swap_kinds()
print(counts([1, 2, 3, 4, 0]))
print(count_error([1, 5, "x"]))
n = 5
total = sum(1 for k in range(n) if k != 2)
print(total, type(total).__name__)
