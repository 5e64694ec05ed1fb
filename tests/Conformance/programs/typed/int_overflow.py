# Typed int arithmetic that overflows 64 bits and comes back, in loops and recursion.
def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result = result * i
    return result


def power(b, e):
    if e == 0:
        return 1
    return b * power(b, e - 1)


def doubling(steps):
    x = 1
    for _ in range(steps):
        x += x
    return x


def near_edges():
    big = 9223372036854775807
    small = -9223372036854775807 - 1
    print(big + 1, small - 1, big * 2, small * small)
    print(-small, abs(small), small // -1, small % -1)
    back = (big + 10) - 20
    print(back, back + 1, back < big, back == big - 10)
    print(1 << 62, 1 << 63, 1 << 64, 3 << 70, -1 << 63, (1 << 100) >> 99)
    print(big + big - big, (big + 1) // 2, (big + 1) % 7, -(big + 1) // 3)
    print(min(big + 1, big), max(small - 1, small), min(1, 2, 0), max(-1, -2))
    print((big + 1) & 255, (big + 1) | 1, (big + 1) ^ (big + 1), ~(big + 1))


def accumulate(n):
    total = 0
    value = 1
    i = 0
    while i < n:
        total += value
        value *= 3
        i += 1
    return total


print(factorial(25))
print(factorial(30) // factorial(28))
print(power(7, 40), power(2, 63), power(-2, 63))
print(doubling(70), doubling(63) - 1)
near_edges()
print(accumulate(50))
print(accumulate(45) % 1000000007)
