# Condition errors and repr; Condition over a Lock, an RLock and a user lock.
import re
import threading

def show(x):
    print(re.sub("0x[0-9a-f]+", "ADDR", repr(x)))

c = threading.Condition()
for name in ("wait", "notify", "notify_all"):
    try:
        getattr(c, name)()
    except RuntimeError as e:
        print(name, type(e).__name__, e)
try:
    c.wait_for(lambda: True)
except RuntimeError as e:
    print("wait_for", type(e).__name__, e)
show(c)
show(threading.Condition(threading.Lock()))
with c:
    print(c.acquire(False))   # RLock: reentrant
    c.release()
print(c.acquire(), c.acquire(blocking=False))
c.release(); c.release()
try:
    c.release()
except RuntimeError as e:
    print(type(e).__name__, e)

cl = threading.Condition(threading.Lock())
with cl:
    print("lock held:", cl.acquire(False))
    try:
        cl.notify(0)
        print("notify(0) ok")
    except ValueError as e:
        print(e)

class MyLock:
    def __init__(self):
        self._lock = threading.Lock()
        self.calls = 0
    def acquire(self, *args):
        self.calls += 1
        return self._lock.acquire(*args)
    def release(self):
        self._lock.release()
    def __enter__(self):
        return self.acquire()
    def __exit__(self, *a):
        self.release()

ml = MyLock()
cm = threading.Condition(ml)
with cm:
    print("user lock wait:", cm.wait(0.01))
print("user lock calls >= 2:", ml.calls >= 2)
try:
    cm.notify()
except RuntimeError as e:
    print(type(e).__name__, e)
