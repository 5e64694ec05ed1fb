# Executor idioms: map with a timeout, as_completed with failures, thread-local state set by an
# initializer, wait(FIRST_EXCEPTION), cancelling a pending future, submit after shutdown.
import threading
from concurrent.futures import (ThreadPoolExecutor, as_completed, wait, FIRST_EXCEPTION,
                                ALL_COMPLETED, TimeoutError as FuturesTimeout, CancelledError)

release = threading.Event()

def slow(x):
    if x == 2:
        release.wait()
    return x * 10

with ThreadPoolExecutor(max_workers=3) as ex:
    it = ex.map(slow, range(4), timeout=0.05)
    got = []
    try:
        for v in it:
            got.append(v)
    except FuturesTimeout as e:
        print("map timed out after", got, type(e).__name__, e.args)
    release.set()

def risky(n):
    if n % 3 == 0:
        raise ValueError(f"bad {n}")
    return n * n

with ThreadPoolExecutor(max_workers=4) as ex:
    futures = {ex.submit(risky, n): n for n in range(1, 8)}
    ok, errors = [], []
    for f in as_completed(futures):
        n = futures[f]
        if f.exception() is not None:
            errors.append((n, repr(f.exception())))
        else:
            ok.append((n, f.result()))
    print("ok", sorted(ok))
    print("errors", sorted(errors))

local = threading.local()
init_names = []
init_lock = threading.Lock()

def init(tag):
    local.tag = tag
    local.count = 0
    with init_lock:
        init_names.append(threading.current_thread().name)

def count(_):
    local.count += 1
    return local.tag, hasattr(local, "count")

with ThreadPoolExecutor(max_workers=2, thread_name_prefix="cw", initializer=init, initargs=("T",)) as ex:
    results = list(ex.map(count, range(6)))
print(results[0], len(results), all(r == ("T", True) for r in results))
print("initialized", 1 <= len(init_names) <= 2, all(n.startswith("cw_") for n in init_names))
print("main has no tag", hasattr(local, "tag"))

gate = threading.Event()
def boom():
    raise KeyError("k")
def waiter():
    gate.wait()
    return "late"
with ThreadPoolExecutor(max_workers=2) as ex:
    fa = ex.submit(boom)
    fb = ex.submit(waiter)
    done, not_done = wait([fa, fb], return_when=FIRST_EXCEPTION)
    print("first exception:", fa in done, fb in not_done, repr(fa.exception()))
    gate.set()
    done, not_done = wait([fa, fb], return_when=ALL_COMPLETED)
    print("all:", len(done), len(not_done), fb.result())

ex = ThreadPoolExecutor(max_workers=1)
blocker = threading.Event()
f1 = ex.submit(blocker.wait)
f2 = ex.submit(print, "never")
print("cancel pending", f2.cancel(), f2.cancelled(), f2.done())
try:
    f2.result()
except CancelledError as e:
    print("CancelledError", repr(e))
blocker.set()
ex.shutdown(wait=True)
print("f1", f1.result(), f1.cancel())
try:
    ex.submit(print, "x")
except RuntimeError as e:
    print("RuntimeError:", e)
calls = []
f1.add_done_callback(lambda f: calls.append(f.result()))
print("callback ran at once", calls)
