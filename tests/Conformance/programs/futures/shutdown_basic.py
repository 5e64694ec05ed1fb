# shutdown(): no new work after it ("cannot schedule new futures after shutdown"); safe to repeat;
# the context manager returns the executor and shuts it down with wait=True.
from concurrent.futures import ThreadPoolExecutor

ex = ThreadPoolExecutor(max_workers=2)
f = ex.submit(sum, [1, 2, 3])
ex.shutdown()
print(f.result(), f.done())
for attempt in range(2):
    try:
        ex.submit(print, "never")
    except RuntimeError as e:
        print(type(e).__name__, e)
ex.shutdown()
ex.shutdown(wait=False)
try:
    list(ex.map(abs, [1]))
except RuntimeError as e:
    print("map:", e)

with ThreadPoolExecutor(max_workers=1) as ex2:
    print(type(ex2).__name__, ex2.submit(max, 4, 9).result())
try:
    ex2.submit(min, 1, 2)
except RuntimeError as e:
    print("after with:", e)

# shutdown(wait=True) waits for queued work.
results = []
ex3 = ThreadPoolExecutor(max_workers=1)
for i in range(20):
    ex3.submit(results.append, i)
ex3.shutdown(wait=True)
print(results == list(range(20)))

# __exit__ returns False: exceptions propagate.
try:
    with ThreadPoolExecutor() as ex4:
        raise KeyError("inside")
except KeyError as e:
    print("propagated", e)
print(ex4.__exit__(None, None, None))
