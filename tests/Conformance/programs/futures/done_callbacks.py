# add_done_callback: called with the future, in order added, at once when already done, on cancel too.
from concurrent.futures import Future, ThreadPoolExecutor

log = []


def make(name):
    def callback(fut):
        if fut.cancelled():
            state = "cancelled"
        elif fut.exception() is not None:
            state = "raised " + type(fut.exception()).__name__
        else:
            state = repr(fut.result())
        log.append((name, state))
    return callback


f = Future()
f.add_done_callback(make("a"))
f.add_done_callback(make("b"))
print("before", log)
f.set_result(10)
print("after", log)
f.add_done_callback(make("late"))
print("late", log)

log.clear()
g = Future()
g.add_done_callback(make("c"))
g.cancel()
print("cancelled", log)

log.clear()
h = Future()
seen = []
h.add_done_callback(lambda fut: seen.append(fut is h))
h.add_done_callback(make("same"))
h.add_done_callback(make("same"))
h.set_exception(ValueError("v"))
print(seen, log)

# Callbacks of pool futures run once each, whatever thread completes them.
results = []
with ThreadPoolExecutor(max_workers=3) as ex:
    futures = [ex.submit(pow, 3, i) for i in range(10)]
    for fut in futures:
        fut.add_done_callback(lambda fut: results.append(fut.result()))
print(sorted(results))
