# A read-write lock built from Condition: readers share, writers exclude; checked invariants.
import threading

class RWLock:
    def __init__(self):
        self._cond = threading.Condition(threading.Lock())
        self._readers = 0
        self._writer = False

    def acquire_read(self):
        with self._cond:
            self._cond.wait_for(lambda: not self._writer)
            self._readers += 1

    def release_read(self):
        with self._cond:
            self._readers -= 1
            if self._readers == 0:
                self._cond.notify_all()

    def acquire_write(self):
        with self._cond:
            self._cond.wait_for(lambda: not self._writer and self._readers == 0)
            self._writer = True

    def release_write(self):
        with self._cond:
            self._writer = False
            self._cond.notify_all()

lock = RWLock()
data = {"value": 0, "history": []}
violations = []
check = threading.Lock()
active = {"r": 0, "w": 0}

def reader(n):
    seen = []
    for _ in range(n):
        lock.acquire_read()
        with check:
            active["r"] += 1
            if active["w"]:
                violations.append("reader with writer")
        seen.append(data["value"])
        with check:
            active["r"] -= 1
        lock.release_read()
    return seen

def writer(k):
    for _ in range(5):
        lock.acquire_write()
        with check:
            active["w"] += 1
            if active["w"] > 1 or active["r"]:
                violations.append("writer not alone")
        data["value"] += k
        data["history"].append(k)
        with check:
            active["w"] -= 1
        lock.release_write()

results = {}
def run_reader(i):
    results[i] = reader(6)

threads = [threading.Thread(target=run_reader, args=(i,)) for i in range(3)]
threads += [threading.Thread(target=writer, args=(k,)) for k in (1, 10)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("final", data["value"], "writes", len(data["history"]))
print("violations", violations)
print("readers saw monotonic values", all(v == sorted(v) for v in results.values()))
print("read counts", sorted(len(v) for v in results.values()))
print("lock idle", lock._readers, lock._writer)
