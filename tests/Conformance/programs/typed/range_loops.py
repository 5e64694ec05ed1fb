# Loops over range with typed bounds: steps, empty ranges, errors, break/else, rebinding the target.
def loops(a, b):
    out = []
    for i in range(a, b, 3):
        out.append(i)
    for i in range(b, a, -4):
        out.append(i)
    for i in range(a):
        out.append(-i)
    for i in range(b, a):
        out.append(1000)
    return out


def search(n):
    for i in range(2, n):
        if n % i == 0:
            print(n, "divisible by", i)
            break
    else:
        print(n, "is prime")


def rebinding(n):
    total = 0
    for i in range(n):
        i = i * 10
        total += i
    return total


def errors(step):
    try:
        for i in range(0, 10, step):
            print(i)
    except ValueError as e:
        print("ValueError:", e)


def big():
    n = 3
    r = range(n * 2)
    print(len(r), list(range(-2, 3)), sum(range(10 ** 6)))


print(loops(1, 12))
search(97)
search(91)
print(rebinding(4))
errors(0)
errors(5)
big()
