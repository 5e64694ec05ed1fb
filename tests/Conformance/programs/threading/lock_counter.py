# A counter incremented by 8 threads under a Lock, an RLock and a Condition.
import threading

N = 8
PER = 5000

class Counter:
    def __init__(self, lock):
        self.lock = lock
        self.value = 0

    def add(self):
        with self.lock:
            self.value += 1

counters = [Counter(threading.Lock()), Counter(threading.RLock()), Counter(threading.Condition())]
start = threading.Barrier(N)

def worker():
    start.wait()
    for _ in range(PER):
        for c in counters:
            c.add()

threads = [threading.Thread(target=worker) for _ in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print([c.value for c in counters])

# Semaphore(1) as a mutex, with acquire/release calls.
sem = threading.Semaphore(1)
total = [0]
def sem_worker():
    for _ in range(PER):
        sem.acquire()
        total[0] += 1
        sem.release()
threads = [threading.Thread(target=sem_worker) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(total[0])
