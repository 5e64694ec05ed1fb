# Worker threads are named '<prefix>_<n>' and started lazily, as in CPython.
import threading
from concurrent.futures import ThreadPoolExecutor, Future


def name():
    return threading.current_thread().name


with ThreadPoolExecutor(max_workers=1, thread_name_prefix="calc") as ex:
    print(sorted({ex.submit(name).result() for _ in range(5)}))

gate = Future()
started = [Future() for _ in range(3)]


def blocked(i):
    started[i].set_result(name())
    gate.result()
    return name()


with ThreadPoolExecutor(max_workers=3, thread_name_prefix="io") as ex:
    fs = [ex.submit(blocked, i) for i in range(3)]
    print(sorted(s.result() for s in started))
    gate.set_result(None)
    print(sorted(f.result() for f in fs))

ex = ThreadPoolExecutor(max_workers=2)
worker = ex.submit(name).result()
prefix, index = worker.rsplit("_", 1)
print(prefix == ex._thread_name_prefix, index)
print(prefix.startswith("ThreadPoolExecutor-"))
ex.shutdown()
print(threading.current_thread().name)
