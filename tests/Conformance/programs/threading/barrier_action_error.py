# An exception in the barrier action breaks the barrier; the thread that ran it gets the exception.
import threading

def action():
    raise ValueError("action failed")

b = threading.Barrier(3, action=action)
outcomes = []
lock = threading.Lock()

def worker():
    try:
        b.wait()
        r = "passed"
    except threading.BrokenBarrierError:
        r = "BrokenBarrierError"
    except ValueError as e:
        r = f"ValueError {e}"
    with lock:
        outcomes.append(r)

ts = [threading.Thread(target=worker) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(outcomes))
print(b.broken)

calls = []
b2 = threading.Barrier(2, action=lambda: calls.append(threading.current_thread().name))
ts = [threading.Thread(target=b2.wait, name=f"t{i}") for i in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(calls), calls[0] in ("t0", "t1"))
