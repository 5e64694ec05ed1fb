# ThreadPoolExecutor arguments: max_workers default and checks, initializer must be callable.
import os
from concurrent.futures import ThreadPoolExecutor

for bad in [0, -1]:
    try:
        ThreadPoolExecutor(max_workers=bad)
    except ValueError as e:
        print(bad, type(e).__name__, e)
try:
    ThreadPoolExecutor(2, initializer=42)
except TypeError as e:
    print(type(e).__name__, e)
try:
    ThreadPoolExecutor(1, "name", "not callable")
except TypeError as e:
    print(type(e).__name__, e)

ex = ThreadPoolExecutor()
print(ex._max_workers == min(32, (os.cpu_count() or 1) + 4))
ex.shutdown()
ex = ThreadPoolExecutor(7)
print(ex._max_workers)
print(ex._thread_name_prefix.startswith("ThreadPoolExecutor-"))
ex.shutdown()
ex = ThreadPoolExecutor(max_workers=3, thread_name_prefix="worker")
print(ex._thread_name_prefix)
ex.shutdown()
ex = ThreadPoolExecutor(thread_name_prefix="")
print(ex._thread_name_prefix.startswith("ThreadPoolExecutor-"))
ex.shutdown()
# Each unnamed executor takes the next number.
a = ThreadPoolExecutor(1)
b = ThreadPoolExecutor(1)
na = int(a._thread_name_prefix.rsplit("-", 1)[1])
nb = int(b._thread_name_prefix.rsplit("-", 1)[1])
print(nb - na)
a.shutdown()
b.shutdown()
