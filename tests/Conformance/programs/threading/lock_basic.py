# Lock: acquire/release, locked, non-blocking, timeouts, context manager, argument errors.
import re
import threading

lock = threading.Lock()
print(type(lock).__name__, re.sub("0x[0-9a-f]+", "ADDR", repr(lock)))
print(lock.locked(), lock.acquire(), lock.locked())
print(re.sub("0x[0-9a-f]+", "ADDR", repr(lock)))
print(lock.acquire(False), lock.acquire(blocking=False), lock.acquire(timeout=0.01), lock.acquire(True, 0))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print(type(e).__name__, e)
with lock:
    print("inside with", lock.locked())
print("after with", lock.locked())
try:
    with lock:
        raise KeyError("x")
except KeyError:
    print("released after exception:", not lock.locked())

for kwargs in ({"blocking": False, "timeout": 1}, {"timeout": -2}, {"timeout": -0.5}, {"timeout": None},
               {"timeout": "1"}, {"timeout": float("nan")}, {"timeout": 1e300}):
    try:
        print(lock.acquire(**kwargs))
        lock.release()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(lock.acquire(timeout=-1), lock.locked())
lock.release()
print(lock.acquire(blocking=False, timeout=-1))
lock.release()
print(lock.acquire(0), lock.acquire(1, 0.001))
lock.release()
print(lock.acquire_lock(), lock.locked_lock())
lock.release_lock()
print(lock.locked())
print(isinstance(lock, type(threading.Lock())))
