# BoundedSemaphore: over-release error; limits concurrency to its value.
import re
import threading

b = threading.BoundedSemaphore(3)
print(re.sub("0x[0-9a-f]+", "ADDR", repr(b)))
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print(type(e).__name__, e)
b.acquire(); b.acquire()
try:
    b.release(3)
except ValueError as e:
    print(type(e).__name__, e)
b.release(2)
print(isinstance(b, threading.Semaphore))

lock = threading.Lock()
active = 0
peak = 0
gate = threading.BoundedSemaphore(2)
start = threading.Barrier(6)

def work():
    global active, peak
    start.wait()
    for _ in range(50):
        with gate:
            with lock:
                active += 1
                peak = max(peak, active)
            with lock:
                active -= 1

threads = [threading.Thread(target=work) for _ in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("peak within bound:", 1 <= peak <= 2, "active:", active)
try:
    gate.release()
except ValueError as e:
    print(e)
print(threading.BoundedSemaphore()._initial_value)
