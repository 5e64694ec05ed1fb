# Executor.map re-raises a task's exception when its result is reached; earlier results are delivered.
from concurrent.futures import ThreadPoolExecutor


def check(n):
    if n == 3:
        raise ValueError(f"bad item {n}")
    return n * 2


with ThreadPoolExecutor(max_workers=2) as ex:
    got = []
    try:
        for value in ex.map(check, range(6)):
            got.append(value)
    except ValueError as e:
        print(type(e).__name__, e)
    print(got)

    # Stopping early is fine; the iterator is a generator that can be closed.
    it = ex.map(check, [0, 1, 2])
    print(next(it))
    it.close()
    print(list(it))

    # An error in the arguments surfaces from map itself, before any result.
    try:
        ex.map(check, 5)
    except TypeError as e:
        print(type(e).__name__, e)
