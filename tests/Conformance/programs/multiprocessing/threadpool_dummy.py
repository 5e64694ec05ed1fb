# multiprocessing.pool.ThreadPool and multiprocessing.dummy: the Pool API on threads of this process,
# sharing its state (no copies, lambdas allowed), with CPython's thread names.
import threading
import multiprocessing
from multiprocessing.pool import ThreadPool
import multiprocessing.dummy as dummy

counter = {"calls": 0}
lock = threading.Lock()


def work(n):
    with lock:
        counter["calls"] += 1
    return n * n


def describe(_):
    return (threading.current_thread().name.split("-")[0],
            multiprocessing.current_process().name)


with ThreadPool(3) as pool:
    print(pool.map(work, range(6)))
    print(pool.map(lambda x: x + 1, [1, 2, 3]))
    print(sorted(pool.imap_unordered(work, [4, 5])))
    print(pool.apply(divmod, (17, 5)))
    res = pool.apply_async(work, (9,), callback=lambda r: print("callback", r))
    print(res.get(timeout=5))
    print(pool.starmap(pow, [(2, 3), (3, 2)]))
    print(sorted(set(pool.map(describe, range(4)))))
    shared = []
    pool.map(shared.append, range(5))
    print(sorted(shared))
    try:
        pool.map(lambda x: 1 // x, [1, 0])
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
print("calls", counter["calls"])
print(repr(pool).split(" ")[0], repr(pool).split(" ")[1])

t = threading.Thread(target=print, args=("named after the pool",))
print(t.name)

with dummy.Pool(2) as dpool:
    print(dpool.map(work, [10, 11]))
# __exit__ terminates without waiting for the worker threads: join them, so that active_children()
# below does not depend on when they end.
dpool.join()
print(type(dpool).__name__)

q = dummy.Queue()
results = []


def consume():
    while True:
        item = q.get()
        if item is None:
            break
        results.append(item * 2)


p = dummy.Process(target=consume)
print(p.name, p.exitcode, p.is_alive())
p.start()
for i in range(4):
    q.put(i)
q.put(None)
p.join()
# Only p is asked about: a pool's worker handler may still have replaced an exiting worker while the pool
# above was terminated (Lib/multiprocessing/pool.py, _maintain_pool), so which pool threads remain
# children depends on the schedule.
print(results, p.exitcode, p in dummy.active_children())
print(dummy.current_process() is threading.current_thread())
ns = dummy.Namespace(a=1, b="x")
ns._hidden = 5
print(ns)
v = dummy.Value("i", 3)
v.value += 1
print(v, v.value)
a, b = dummy.Pipe()
a.send("ping")
print(b.recv(), b.poll(), a.poll())
m = dummy.Manager()
print(m is dummy, m.dict(x=1), m.list((1, 2)))
print(dummy.JoinableQueue is dummy.Queue, dummy.Lock is threading.Lock)
