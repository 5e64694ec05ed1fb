# Executor.map with a timeout: TimeoutError when a result is late; the rest is cancelled.
from concurrent.futures import ThreadPoolExecutor, Future

gate = Future()
seen = []


def slow(n):
    if n == 1:
        gate.result()
    seen.append(n)
    return n


with ThreadPoolExecutor(max_workers=1) as ex:
    results = ex.map(slow, range(4), timeout=0.05)
    print(next(results))
    try:
        next(results)
    except TimeoutError as e:
        print(type(e).__name__, repr(str(e)))
    # The generator is finished and the futures after the late one were cancelled.
    print(list(results))
    gate.set_result(None)
print(sorted(seen))

# A generous timeout changes nothing.
with ThreadPoolExecutor(max_workers=2) as ex:
    print(list(ex.map(lambda x: x + 1, range(5), timeout=60)))
