# submit() with positional and keyword arguments; results come back in submission order.
from concurrent.futures import ThreadPoolExecutor


def power(base, exp=2, *, offset=0):
    return base ** exp + offset


def describe(*args, **kwargs):
    return (args, sorted(kwargs.items()))


with ThreadPoolExecutor(max_workers=4) as ex:
    squares = [ex.submit(power, i) for i in range(8)]
    cubes = [ex.submit(power, i, 3) for i in range(8)]
    shifted = [ex.submit(power, i, exp=1, offset=100) for i in range(4)]
    print([f.result() for f in squares])
    print([f.result() for f in cubes])
    print([f.result() for f in shifted])
    print(ex.submit(describe, 1, 2, fn=3, self=4).result())
    print(ex.submit(len, "hello").result())
    print(ex.submit(sorted, [3, 1, 2], reverse=True).result())
    print(ex.submit(lambda: None).result())
    # Big results and objects come back unchanged (the same object).
    big = ex.submit(pow, 7, 100).result()
    print(big)
    data = {"k": [1, 2, 3]}
    echoed = ex.submit(lambda d: d, data).result()
    print(echoed is data)
    print(all(f.done() for f in squares + cubes + shifted))
