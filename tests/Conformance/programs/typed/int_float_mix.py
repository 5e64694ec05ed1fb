# int and float mixed in typed code: conversions, exact comparisons, true division.
def mix(n):
    x = n * 0.5
    y = n + 0.25
    z = 2.0 * n - n
    print(x, y, z, n / 4, n // 4.0, n % 2.5)
    return x + y


def exact():
    big = 2 ** 53
    f = float(big)
    print(big + 1 == f, big + 1 > f, big == f, f < big + 1)
    print(big + 1 == f + 1, (big + 1) / 1, float(big + 1))
    n = 10 ** 17 + 1
    print(n / 3, n // 3, n / 10 ** 17, 1 / 3, 2 / 3, -1 / 3)
    print(int(2.9), int(-2.9), int(1e18), int(-0.5), int(1e20))
    print(float(7), float(-3), float(True), int(False), abs(-2.5), abs(-3))
    print(min(1.5, 2.5), max(1.5, -2.5), min(3, 2), max(2.0, 2.0))


def overflow():
    huge = 10 ** 400
    try:
        print(huge + 1.0)
    except OverflowError as e:
        print("OverflowError:", e)
    try:
        print(float(huge))
    except OverflowError as e:
        print("OverflowError:", e)
    big = 10 ** 400
    print(big > 1e308, big < float("inf"), -big < -1e308)
    nan = float("nan")
    print(nan == nan, nan < 1, 1 < nan, nan != 1)
    try:
        print(int(nan))
    except ValueError as e:
        print("ValueError:", e)
    try:
        print(int(float("inf")))
    except OverflowError as e:
        print("OverflowError:", e)


def accumulate(n):
    total = 0.0
    for i in range(1, n + 1):
        total += 1 / i
    return total


print(mix(7))
print(mix(-3))
exact()
overflow()
print(accumulate(1000))
print(round(accumulate(10), 6))
