# Argument errors of Lock.acquire, RLock.acquire and Semaphore.acquire, with CPython's messages.
import threading

def attempt(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(label, "->", r)
    except (ValueError, TypeError, OverflowError) as e:
        print(label, type(e).__name__, e)

lock = threading.Lock()
attempt("lock timeout=-5", lock.acquire, timeout=-5)
attempt("lock blocking=False timeout=2", lock.acquire, False, 2)
attempt("lock timeout=nan", lock.acquire, timeout=float("nan"))
attempt("lock timeout=1e20", lock.acquire, timeout=1e20)
attempt("lock timeout=[]", lock.acquire, timeout=[])
attempt("lock blocking=[]", lock.acquire, [])
attempt("lock blocking='yes'", lock.acquire, "yes", 0.5)
attempt("lock blocking=2.5", lock.acquire, 2.5)
attempt("lock blocking=None", lock.acquire, None)
attempt("lock blocking=2", lock.acquire, 2, 0.01)
lock.release()
attempt("rlock blocking=None", threading.RLock().acquire, None)
r = threading.RLock()
attempt("rlock timeout=-2", r.acquire, timeout=-2)
attempt("rlock False, 3", r.acquire, False, 3)
s = threading.Semaphore(1)
attempt("sem False, 3", s.acquire, False, 3)
attempt("sem timeout=-1", s.acquire, timeout=-1)
attempt("sem timeout=0", s.acquire, timeout=0)
attempt("sem release(-1)", s.release, -1)
e = threading.Event()
attempt("event wait(-1)", e.wait, -1)
c = threading.Condition()
with c:
    attempt("cond wait(-1)", c.wait, -1)
