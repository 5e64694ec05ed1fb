# Barrier state: parties, n_waiting, reset breaks waiting parties, abort, reuse after reset, timeout breaks it.
import threading

b = threading.Barrier(3, timeout=5)
print(b.parties, b.n_waiting, b.broken)
arrived = threading.Semaphore(0)
results = []
def party(i):
    arrived.release()
    try:
        r = b.wait()
        results.append(("ok", i))
    except threading.BrokenBarrierError:
        results.append(("broken", i))

ts = [threading.Thread(target=party, args=(i,)) for i in range(2)]
for t in ts: t.start()
for _ in range(2): arrived.acquire()
while b.n_waiting < 2:
    arrived.acquire(timeout=0.001)
print("waiting", b.n_waiting)
b.reset()
for t in ts: t.join()
print(sorted(results), b.broken, b.n_waiting)
b.abort()
print(b.broken)
try:
    b.wait()
except threading.BrokenBarrierError as e:
    print("BrokenBarrierError", repr(e), issubclass(threading.BrokenBarrierError, RuntimeError))
b.reset()
print(b.broken)
idx = []
ts = [threading.Thread(target=lambda: idx.append(b.wait())) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(idx))
try:
    threading.Barrier(0)
except ValueError as e:
    print("ValueError", e)
b1 = threading.Barrier(2)
try:
    b1.wait(timeout=0.01)
except threading.BrokenBarrierError:
    print("timed out -> broken", b1.broken)
print(repr(b1).split(" at ")[0])
