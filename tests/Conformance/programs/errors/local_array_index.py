# An IndexError raised by a function-local list held as a typed array: the traceback points at the store.
def fill(n):
    xs = [0] * n
    total = 0
    for i in range(n + 1):
        total += i
        xs[i] = total
    return xs[-1]


def run():
    print(fill(4))


run()
