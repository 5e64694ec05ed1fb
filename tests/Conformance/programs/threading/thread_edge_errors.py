# Edges of threading, queue and futures: Thread.__init__ not called, RLock released by another thread,
# sys.exit in a thread, unorderable PriorityQueue items, a by-hand Future, exception chains from workers,
# map over unequal iterables, submit(fn=...), Barrier indexes, timeout and reset.
import threading, queue, sys
from concurrent.futures import ThreadPoolExecutor, Future, TimeoutError as FTE

class NoInit(threading.Thread):
    def __init__(self):
        pass
try:
    NoInit().start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    repr(NoInit())
except Exception as e:
    print(type(e).__name__, e)

lock = threading.Lock()
with lock as x:
    print("with lock as", x)
r = threading.RLock()
def other():
    try:
        r.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
r.acquire()
t = threading.Thread(target=other); t.start(); t.join()
r.release()

def exiter():
    sys.exit(3)
t = threading.Thread(target=exiter); t.start(); t.join()
print("thread sys.exit is silent")


pq = queue.PriorityQueue()
pq.put((1, {"a": 1}))
try:
    pq.put((1, {"b": 2}))
except TypeError as e:
    print("TypeError:", e)
print(pq.qsize())

f = Future()
try:
    f.exception(timeout=0)
except FTE as e:
    print("exception timeout", type(e), e.args)
print(repr(f).split(" at ")[0], f.running(), f.set_running_or_notify_cancel(), f.running())

def chain(x):
    try:
        return 1 / x
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
with ThreadPoolExecutor(1) as ex:
    fut = ex.submit(chain, 0)
    e = fut.exception()
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
    print(list(ex.map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
    try:
        ex.submit(fn=print)
    except TypeError as e:
        print("TypeError:", e)

b = threading.Barrier(3)
try:
    threading.Barrier(0)
except ValueError as e:
    print("ValueError:", e)
idx = []
ts = [threading.Thread(target=lambda: idx.append(b.wait())) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(idx), b.n_waiting, b.parties, b.broken)
try:
    b.wait(timeout=0.01)
except threading.BrokenBarrierError as e:
    print("broken", repr(e), b.broken)
b.reset()
print("reset", b.broken)
