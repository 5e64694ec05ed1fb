# result()/exception() with a timeout on a future that does not finish: TimeoutError (the builtin).
import concurrent.futures
from concurrent.futures import Future, ThreadPoolExecutor

f = Future()
for timeout in [0, 0.01, -1]:
    try:
        f.result(timeout=timeout)
    except TimeoutError as e:
        print("result", timeout, type(e).__name__, repr(str(e)), e.args)
    try:
        f.exception(timeout)
    except concurrent.futures.TimeoutError as e:
        print("exception", timeout, type(e).__name__)
print(concurrent.futures.TimeoutError is TimeoutError, issubclass(TimeoutError, OSError))
print(f.done(), f._state)

gate = Future()
with ThreadPoolExecutor(max_workers=1) as ex:
    task = ex.submit(gate.result)
    try:
        task.result(timeout=0.02)
    except TimeoutError:
        print("task not done yet", task.done())
    gate.set_result("go")
    print(task.result(timeout=30))
    print(task.exception(timeout=30))

done = Future()
done.set_result(1)
print(done.result(timeout=0), done.exception(timeout=0))
