# Floor division and modulo with every sign, on typed ints and floats, and division by zero.
def table():
    for a in range(-7, 8, 7):
        for b in (3, -3):
            pass
    values = [7, -7, 0, 1, -1]
    for a in range(-7, 8, 7):
        for d in range(-3, 4, 6):
            print(a, d, a // d, a % d, a / d)


def floats():
    x = 7.5
    y = -2.0
    print(x // y, x % y, -x // 2.0, -x % 2.0, x / y)
    print(7 // 2.0, -7 // 2.0, 7 % -2.0, -7.0 % 3)
    z = -0.0
    print(z, z * 1.0, 0.0 % -3.0, -3.0 % 3.0)


def zero(a, b):
    try:
        print(a // b)
    except ZeroDivisionError as e:
        print("floordiv:", e)
    try:
        print(a % b)
    except ZeroDivisionError as e:
        print("mod:", e)
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print("truediv:", e)


def fzero(a):
    b = 0.0
    try:
        print(a // b)
    except ZeroDivisionError as e:
        print("floordiv:", e)
    try:
        print(a % b)
    except ZeroDivisionError as e:
        print("mod:", e)
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print("truediv:", e)


def edge():
    m = -9223372036854775807 - 1
    print(m // -1, m % -1, m // 1, m % 3, m // 3)
    print(10 ** 20 // 7, -(10 ** 20) % 7)


table()
floats()
zero(5, 0)
zero(-5, 0)
fzero(1.5)
fzero(2)
edge()
