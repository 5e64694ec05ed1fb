# threading.py (Portalis's port) against CPython's: threads, names, locks, conditions, barrier, local.
import threading

results = {}
def work(k, scale=1):
    results[k] = k * scale
ts = [threading.Thread(target=work, args=(k,), kwargs={"scale": 3}) for k in range(4)]
print([t.name.split("-")[1].split(" ")[1] for t in ts])
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results.items()), [t.is_alive() for t in ts])

class Sub(threading.Thread):
    def run(self):
        results["sub"] = self.name
s = Sub(name="sub-thread")
s.start(); s.join()
print(results["sub"])
try:
    s.start()
except RuntimeError as e:
    print(e)

cond = threading.Condition()
items = []
def producer():
    for i in range(5):
        with cond:
            items.append(i)
            cond.notify()
with cond:
    p = threading.Thread(target=producer)
    p.start()
    print(cond.wait_for(lambda: len(items) == 5, timeout=10))
p.join()

b = threading.Barrier(3)
idx = []
ts = [threading.Thread(target=lambda: idx.append(b.wait())) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(idx))

sem = threading.BoundedSemaphore(1)
sem.acquire(); sem.release()
try:
    sem.release()
except ValueError as e:
    print(e)

loc = threading.local()
loc.x = 1
seen = []
t = threading.Thread(target=lambda: seen.append(hasattr(loc, "x")))
t.start(); t.join()
print(seen, loc.x)

class L(threading.local):
    def __init__(self, v):
        self.v = v
l = L(7)
out = []
t = threading.Thread(target=lambda: out.append(l.v))
t.start(); t.join()
print(out)

caught = []
threading.excepthook = lambda a: caught.append((a.exc_type.__name__, a.thread.name))
t = threading.Thread(target=lambda: 1 / 0, name="bad")
t.start(); t.join()
threading.excepthook = threading.__excepthook__
print(caught)
timer = threading.Timer(0.01, lambda: caught.append("timer"))
timer.start(); timer.join()
print(caught[-1], threading.active_count(), threading.current_thread() is threading.main_thread())
