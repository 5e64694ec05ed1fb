# bool is an int subclass: arithmetic gives ints, bitwise operators on two bools give bools.
def ops(a, b):
    print(a + b, a - b, a * b, a & b, a | b, a ^ b, -a, ~a, +b)
    print(a < b, a == b, a != 1, a == 1, a // 1, a % 2, a / 1)


def count(values):
    total = 0
    for i in range(len(values)):
        total += values[i] > 2
    return total


def flags(n):
    seen = False
    last = True
    i = 0
    while i < n:
        seen = seen or i == 3
        last = not last
        i += 1
    return seen, last


def values():
    x = 0 or 5
    y = 3 and 0
    z = 2 or 3
    w = 0.0 or 1.5
    v = 1 and 2 and 3
    u = 0 and 1 / 0
    print(x, y, z, w, v, u)
    t = True and False
    s = False or True
    print(t, s, True + 0.5, True * 2.5, min(True, False), max(False, True))
    print(1 < 2 < 3, 3 > 2 > 2, 1 < 2.5 < 3, 1 == 1.0 == True)


ops(True, False)
ops(True, True)
ops(False, False)
print(count([1, 5, 3, 2, 7]))
print(flags(5), flags(2))
values()
