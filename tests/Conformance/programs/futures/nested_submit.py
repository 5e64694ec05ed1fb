# Tasks that submit subtasks to the same executor and combine their results.
from concurrent.futures import ThreadPoolExecutor, wait

ex = ThreadPoolExecutor(max_workers=6)


def leaf(n):
    return n * n


def parent(base):
    children = [ex.submit(leaf, base + i) for i in range(3)]
    wait(children)
    return sum(c.result() for c in children)


parents = [ex.submit(parent, b) for b in (0, 10)]
print([p.result() for p in parents])


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fan_out(ns):
    return [f.result() for f in [ex.submit(fib, n) for n in ns]]


print(ex.submit(fan_out, range(15)).result())
ex.shutdown()
