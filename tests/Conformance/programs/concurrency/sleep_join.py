# time.sleep in threads, join with and without a timeout, is_alive, and monotonic clocks.
import threading
import time

results = []
results_lock = threading.Lock()


def sleeper(k, delay):
    time.sleep(delay)
    with results_lock:
        results.append(k)


threads = [threading.Thread(target=sleeper, args=(k, 0.01 * (k % 3))) for k in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("all joined", sorted(results), [t.is_alive() for t in threads])

gate = threading.Lock()
gate.acquire()


def blocked():
    gate.acquire()
    gate.release()


t = threading.Thread(target=blocked)
print("alive before start", t.is_alive())
t.start()
start = time.monotonic()
t.join(timeout=0.05)
waited = time.monotonic() - start
print("still alive after timed join", t.is_alive(), waited >= 0.04)
gate.release()
t.join()
print("alive after join", t.is_alive())

a = time.monotonic()
b = time.perf_counter()
time.sleep(0.02)
print("monotonic advances", time.monotonic() - a >= 0.015)
print("perf_counter advances", time.perf_counter() - b >= 0.015)
print("ns clocks", isinstance(time.monotonic_ns(), int), isinstance(time.perf_counter_ns(), int))
time.sleep(0)
try:
    time.sleep(-1)
except ValueError as e:
    print(type(e).__name__, e)
