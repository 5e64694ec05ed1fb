# Executor.map: results in argument order, several iterables zipped (shortest wins), chunksize accepted.
from concurrent.futures import ThreadPoolExecutor


def add(a, b):
    return a + b


def label(x, y, z):
    return f"{x}-{y}-{z}"


with ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(abs, [-3, -2, -1, 0, 1])))
    print(list(ex.map(add, [1, 2, 3], [10, 20, 30, 40])))
    print(list(ex.map(label, "abc", range(3), [True, False, None])))
    print(list(ex.map(str.upper, ["x", "y"], chunksize=5)))
    print(list(ex.map(len, [])))
    results = ex.map(pow, [2, 3, 4], [5, 5, 5], timeout=60)
    print(type(results).__name__)
    print(next(results), list(results))
    # map submits everything at once: side effects happen even if results are never read.
    seen = []
    ex.map(seen.append, range(5))
print(sorted(seen))
with ThreadPoolExecutor(2) as ex:
    print(sum(ex.map(lambda n: n * n, range(1000))))
    print(dict(zip("ab", ex.map(ord, "ab"))))
