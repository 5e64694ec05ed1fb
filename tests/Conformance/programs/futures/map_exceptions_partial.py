# executor.map with failing items: results arrive in input order until the first failure, which is
# raised when its turn comes; a per-item wrapper or future.exception() keeps going instead.
from concurrent.futures import ThreadPoolExecutor
import threading

ran = []
ran_lock = threading.Lock()


def parse(text):
    with ran_lock:
        ran.append(text)
    return int(text)


inputs = ["1", "2", "x", "4", "y", "6"]
received = []
with ThreadPoolExecutor(max_workers=3) as ex:
    try:
        for value in ex.map(parse, inputs):
            received.append(value)
    except ValueError as e:
        print("map stopped:", e)
print("received before the failure:", received)
# (Tasks not started yet when the failure is raised are cancelled by map's generator.)


def safe(text):
    try:
        return ("ok", int(text))
    except ValueError as e:
        return ("error", str(e))


with ThreadPoolExecutor(max_workers=2) as ex:
    for status in ex.map(safe, inputs):
        print(status)

with ThreadPoolExecutor(max_workers=2) as ex:
    futures = [ex.submit(parse, t) for t in inputs]
    values = []
    for text, f in zip(inputs, futures):
        exc = f.exception()
        values.append(f.result() if exc is None else type(exc).__name__)
    print(values)

with ThreadPoolExecutor(max_workers=2) as ex:
    it = ex.map(lambda a, b: a / b, [1, 2, 3], [1, 0, 3])
    print(next(it))
    try:
        next(it)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        next(it)
    except StopIteration:
        print("generator finished after the exception")
