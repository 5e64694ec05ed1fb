# shutdown(wait=False) returns at once; running and queued work still completes.
from concurrent.futures import ThreadPoolExecutor, Future, wait

gate = Future()
started = Future()


def slow():
    started.set_result(None)
    return gate.result()


ex = ThreadPoolExecutor(max_workers=1)
first = ex.submit(slow)
rest = [ex.submit(str, i) for i in range(3)]
started.result()
ex.shutdown(wait=False)
print("shutdown returned", first.done(), [f.done() for f in rest])
try:
    ex.submit(str, 9)
except RuntimeError as e:
    print(e)
gate.set_result("gate value")
done, not_done = wait([first] + rest)
print(first.result(), [f.result() for f in rest], len(not_done))
ex.shutdown(wait=True)
print("joined")
