# Semaphore: value, blocking/non-blocking acquire, timeouts, release(n), errors, repr.
import re
import threading

def show(x):
    print(re.sub("0x[0-9a-f]+", "ADDR", repr(x)))

s = threading.Semaphore(2)
show(s)
print(s.acquire(), s.acquire(), s.acquire(blocking=False), s.acquire(timeout=0.02))
show(s)
s.release()
show(s)
s.release(3)
show(s)
try:
    s.release(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.acquire(False, 1)
except ValueError as e:
    print(type(e).__name__, e)
with s:
    show(s)
show(threading.Semaphore())
print(threading.Semaphore(0).acquire(timeout=0))

# A waiter wakes when another thread releases.
z = threading.Semaphore(0)
got = []
t = threading.Thread(target=lambda: got.append(z.acquire(timeout=10)))
t.start()
z.release()
t.join()
print(got, z._value)

# release(n) wakes n waiters.
z = threading.Semaphore(0)
done = []
ts = [threading.Thread(target=lambda: done.append(z.acquire())) for _ in range(3)]
for t in ts:
    t.start()
z.release(3)
for t in ts:
    t.join()
print(done)
