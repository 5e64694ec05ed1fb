# Barrier: abort, BrokenBarrierError, reset, timeout breaks the barrier.
import re
import threading

print(issubclass(threading.BrokenBarrierError, RuntimeError))
b = threading.Barrier(3)
errors = []
lock = threading.Lock()

def waiter():
    try:
        b.wait()
    except threading.BrokenBarrierError as e:
        with lock:
            errors.append(type(e).__name__ + repr(str(e)))

ts = [threading.Thread(target=waiter) for _ in range(2)]
for t in ts:
    t.start()
while b.n_waiting < 2:
    threading.Event().wait(0.001)
b.abort()
for t in ts:
    t.join()
print(errors, b.broken)
try:
    b.wait()
except threading.BrokenBarrierError as e:
    print("wait on broken:", type(e).__name__)
print(re.sub("0x[0-9a-f]+", "ADDR", repr(b)))
b.reset()
print("after reset:", b.broken, b.n_waiting)

# Reset while threads wait: they get BrokenBarrierError, the barrier is usable again.
errors.clear()
ts = [threading.Thread(target=waiter) for _ in range(2)]
for t in ts:
    t.start()
while b.n_waiting < 2:
    threading.Event().wait(0.001)
b.reset()
for t in ts:
    t.join()
print(errors, b.broken)
ok = []
ts = [threading.Thread(target=lambda: ok.append(b.wait() >= 0)) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(ok)

# A timeout breaks the barrier for everyone.
bt = threading.Barrier(2, timeout=0.05)
try:
    bt.wait()
except threading.BrokenBarrierError:
    print("timed out, broken:", bt.broken)
b3 = threading.Barrier(2)
try:
    b3.wait(timeout=0.02)
except threading.BrokenBarrierError:
    print("explicit timeout, broken:", b3.broken)
