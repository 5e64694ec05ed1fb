# Errors raised by tasks come back to the caller; the pool's own errors and messages.
import multiprocessing as mp


def boom(x):
    if x == 3:
        raise KeyError(x)
    return x


def divide(a, b):
    return a / b


if __name__ == "__main__":
    with mp.Pool(2) as pool:
        try:
            pool.map(boom, range(6))
        except KeyError as e:
            print("map:", type(e).__name__, e)
        try:
            pool.apply(divide, (1, 0))
        except ZeroDivisionError as e:
            print("apply:", type(e).__name__, e)
        try:
            pool.starmap(divide, [(1, 1), (2, 0)])
        except ZeroDivisionError as e:
            print("starmap:", type(e).__name__, e)
        it = pool.imap(boom, range(5))
        out = []
        try:
            for v in it:
                out.append(v)
        except KeyError as e:
            print("imap after", out, type(e).__name__, e)
        print("still works", pool.map(boom, [1, 2]))
    for bad in (0, -1):
        try:
            mp.Pool(bad)
        except ValueError as e:
            print(type(e).__name__, e)
    try:
        mp.Pool(1, initializer=5)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        mp.Pool(1, maxtasksperchild=0)
    except ValueError as e:
        print(type(e).__name__, e)
