# A double-checked thread-safe singleton and a Semaphore rate limiter: at most N inside at once.
import threading

class Config:
    _instance = None
    _lock = threading.Lock()
    created = 0

    def __new__(cls):
        if cls._instance is None:
            with cls._lock:
                if cls._instance is None:
                    inst = super().__new__(cls)
                    inst.values = {}
                    Config.created += 1
                    cls._instance = inst
        return cls._instance

gate = threading.Barrier(6)
seen = []
seen_lock = threading.Lock()

def get_config(i):
    gate.wait()
    c = Config()
    c.values[i] = i * i
    with seen_lock:
        seen.append(c)

ts = [threading.Thread(target=get_config, args=(i,)) for i in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("created", Config.created, "same object", all(s is seen[0] for s in seen))
print(sorted(Config().values.items()))

limit = threading.BoundedSemaphore(2)
inside = 0
peak = 0
count_lock = threading.Lock()
done = []

def limited(i):
    global inside, peak
    with limit:
        with count_lock:
            inside += 1
            peak = max(peak, inside)
        with count_lock:
            inside -= 1
            done.append(i)

ts = [threading.Thread(target=limited, args=(i,)) for i in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("peak <= 2", peak <= 2, "done", sorted(done))
print("acquire nonblocking", limit.acquire(blocking=False), limit.acquire(False), limit.acquire(False))
limit.release()
limit.release()
try:
    limit.release()
except ValueError as e:
    print("ValueError:", e)
s = threading.Semaphore(0)
print("timeout acquire", s.acquire(timeout=0.01))
s.release(3)
print("after release(3)", s._value)
try:
    s.release(0)
except ValueError as e:
    print("ValueError:", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    s.acquire(blocking=False, timeout=1)
except ValueError as e:
    print("ValueError:", e)
