# initializer(*initargs) runs once in each worker thread before its first task.
from concurrent.futures import ThreadPoolExecutor, Future

calls = []


def init(tag, store):
    store.append(tag)


def task(n):
    return n + 1


with ThreadPoolExecutor(max_workers=1, initializer=init, initargs=("one", calls)) as ex:
    print(calls)
    print([ex.submit(task, i).result() for i in range(5)])
print(calls)

# With two workers both start only if a task is submitted while none is idle.
calls.clear()
gate = Future()
started = [Future(), Future()]


def blocker(i):
    started[i].set_result(True)
    return gate.result()


with ThreadPoolExecutor(max_workers=2, initializer=init, initargs=("w", calls)) as ex:
    fs = [ex.submit(blocker, i) for i in range(2)]
    started[0].result()
    started[1].result()
    print(calls)
    gate.set_result("open")
    print([f.result() for f in fs])
print(calls)

# initargs may be any iterable; no initializer means none is called.
with ThreadPoolExecutor(1, initializer=init, initargs=["list", calls]) as ex:
    ex.submit(task, 0).result()
print(calls[-1])
with ThreadPoolExecutor(1, initargs=("ignored",)) as ex:
    print(ex.submit(task, 1).result())
