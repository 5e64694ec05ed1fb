# wait() with ALL_COMPLETED (the default): every future done, DoneAndNotDoneFutures of sets.
from concurrent.futures import ThreadPoolExecutor, wait, ALL_COMPLETED, Future
import concurrent.futures


def work(n):
    if n == 3:
        raise ValueError(n)
    return n * 10


with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(work, n) for n in range(6)]
    result = wait(fs)
    print(type(result).__name__, type(result.done).__name__, type(result.not_done).__name__)
    print(len(result.done), len(result.not_done))
    done, not_done = result
    print(sorted(f.result() for f in done if f.exception() is None))
    print([type(f.exception()).__name__ for f in done if f.exception() is not None])
    print(result._fields)
    again = wait(fs + fs, timeout=None, return_when=ALL_COMPLETED)
    print(len(again.done), len(again.not_done))

# Already-done and cancelled-and-notified futures count as done.
a = Future()
a.set_result(1)
b = Future()
b.cancel()
b.set_running_or_notify_cancel()
r = wait([a, b], timeout=0)
print(len(r.done), len(r.not_done))
print(wait([]))
# A cancelled future not yet notified is not done for wait().
c = Future()
c.cancel()
r = wait([a, c], timeout=0.01)
print(len(r.done), len(r.not_done), c in r.not_done)
print(concurrent.futures.ALL_COMPLETED)
