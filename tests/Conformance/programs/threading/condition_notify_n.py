# Condition.notify(n) wakes exactly n waiters, notify_all the rest; wait/notify without the lock; wait_for with timeouts.
import threading

cond = threading.Condition()
in_wait = threading.Semaphore(0)
woken = []

def waiter(i):
    with cond:
        in_wait.release()
        cond.wait()
        woken.append(i)

ts = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in ts: t.start()
for _ in range(5):
    in_wait.acquire()
with cond:
    cond.notify(2)
while True:
    with cond:
        if len(woken) >= 2:
            break
with cond:
    print("after notify(2):", len(woken))
    cond.notify_all()
for t in ts: t.join()
print(sorted(woken), len(woken))
c2 = threading.Condition()
try:
    c2.notify()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    c2.wait()
except RuntimeError as e:
    print("RuntimeError", e)
with c2:
    c2.notify(0)
    print(c2.wait(0))
    print(c2.wait_for(lambda: 7, timeout=0))
    print(c2.wait_for(lambda: 0, timeout=0.01))
print(repr(c2).startswith("<Condition("))
