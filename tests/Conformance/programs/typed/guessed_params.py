# Functions whose parameters are used as numbers, called with ints, floats, bools, big ints and strings through
# map, sort keys and function values: each call gives CPython's result, whatever the argument's type.
def poly(x):
    return 3 * x * x - 2 * x + 1


def halves(n):
    out = []
    while n > 1:
        n //= 2
        out.append(n)
    return out


def scale(v, k):
    return v * k


def describe(n):
    if n < 0:
        return "neg"
    return "big" if n > 10 ** 6 else "small"


def count_to(n, step=1):
    total = 0
    for i in range(0, n, step):
        total += i
    return total


print(list(map(poly, [0, 1, 2, -3, 2.5, True, 10 ** 20])))
print(list(map(halves, [1, 37, 1 << 40])))
print(halves(9.0))
print(scale(3, 4), scale("ab", 3), scale([1], 2), scale(1.5, 2), scale(True, True))
f = describe
print([f(v) for v in (-1, 5, 10 ** 7, 2.0, -0.5)])
print(sorted([5, -2, 9, 1], key=poly))
print(count_to(10), count_to(10, 3), count_to(n=7), count_to(2 ** 3, step=2))
try:
    poly("x")
except TypeError as e:
    print("TypeError:", e)
try:
    count_to(2.5)
except TypeError as e:
    print("TypeError:", e)
print(poly(2 ** 62), poly(-(2 ** 62)))


def ipow(a, b):
    a **= b
    a -= 1
    return a


print(ipow(2, 10), ipow(2, 100), ipow(2.0, 0.5), ipow(3, -1), ipow([1], 1) if False else ipow(-8, 2))
