# time.sleep and time.monotonic in threads: sleeps overlap, clocks never go back.
import threading
import time

N = 4
start = time.monotonic()
ok = []
lock = threading.Lock()

def sleeper():
    t0 = time.monotonic()
    p0 = time.perf_counter()
    time.sleep(0.2)
    t1 = time.monotonic()
    p1 = time.perf_counter()
    with lock:
        ok.append(t1 - t0 >= 0.19 and p1 >= p0)

threads = [threading.Thread(target=sleeper) for _ in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.monotonic() - start
print(ok)
print("sleeps overlapped:", elapsed < 0.2 * N - 0.1)
time.sleep(0)
last = time.monotonic()
print(all(time.monotonic() >= last for _ in range(1000)))
