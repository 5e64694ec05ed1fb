# Lists that escape their function, or mix element types, stay lists: aliases, calls, returns, methods, slices.
def show(xs):
    xs.append(99)
    return len(xs)


def aliased(n):
    a = [0] * n
    b = a
    b[0] = 5
    print(a[0], a is b)


def passed(n):
    a = [1, 2, 3] * n
    print(show(a), a[-1])


def returned(n):
    a = [0.5] * n
    a[n - 1] = 2.5
    return a


def methods(n):
    a = [3, 1, 2] * n
    a.sort()
    a.append(7)
    print(a.pop(), a[1:4], a)
    c = [True] * n
    del c[0]
    print(len(c))


def mixed(n):
    a = [0] * n
    a[1] = 2.5
    b = [True] * n
    b[0] = 1
    c = [1.0] * n
    c[0] += 1
    d = [1, 2]
    d[0] //= 2.0
    e = [1, 2.0, True]
    print(a, b, c, d, e)
    f = [2] * n
    f[0] = f[1] == 2
    print(f)


def dynamic_index(n):
    a = [0] * n
    for k in ("1", 1.5, None, slice(0, 2)):
        try:
            print(a[k])
        except TypeError as err:
            print("TypeError:", err)


def float_membership(n):
    nan = float("nan")
    a = [nan] * n
    print(a[0] in a, a[-1] not in a, a[0] == a[0])


def overflow_repeat():
    try:
        print(len([0, 0] * (2 ** 62)))
    except MemoryError:
        print("MemoryError")
    try:
        print(len("ab" * -(2 ** 64)))
    except OverflowError as err:
        print("OverflowError:", err)


aliased(3)
passed(2)
print(returned(3))
methods(2)
mixed(3)
dynamic_index(3)
float_membership(2)
overflow_repeat()
