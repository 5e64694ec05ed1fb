# RLock: reentrant, owned, counted; errors for non-owners; repr.
import re
import threading

def show(x):
    print(re.sub(r"owner=[1-9]\d*", "owner=ME", re.sub("0x[0-9a-f]+", "ADDR", repr(x))))

r = threading.RLock()
print(type(r).__name__)
show(r)
print(r.acquire(), r.acquire(), r.acquire(blocking=False))
show(r)
print(r._is_owned())
r.release(); r.release()
show(r)
r.release()
show(r)
try:
    r.release()
except RuntimeError as e:
    print(type(e).__name__, e)

with r:
    with r:
        show(r)
show(r)

r.acquire()
out = []
def other():
    out.append(r.acquire(blocking=False))
    out.append(r._is_owned())
    try:
        r.release()
    except RuntimeError as e:
        out.append(str(e))
    out.append(r.acquire(timeout=0.02))
t = threading.Thread(target=other)
t.start(); t.join()
print(out)
r.release()
t = threading.Thread(target=lambda: out.append(r.acquire(timeout=5)))
t.start(); t.join()
print(out[-1], r._is_owned())
try:
    r.acquire(timeout=-3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    r.acquire(False, 1)
except ValueError as e:
    print(type(e).__name__, e)
