# An exception raised inside typed code: the traceback names the typed frames and their lines.
def divide(n, d):
    q = n // d
    return q + 1


def walk(n):
    total = 0
    for i in range(n, -1, -1):
        total += divide(100, i)
    return total


print(walk(3))
