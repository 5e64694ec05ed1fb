# A counter incremented under a Lock by eight threads, and an RLock taken recursively.
import threading

lock = threading.Lock()
rlock = threading.RLock()
counter = 0
nested = 0


def increment(times):
    global counter
    for _ in range(times):
        with lock:
            counter += 1


def recurse(depth):
    global nested
    with rlock:
        nested += 1
        if depth > 0:
            recurse(depth - 1)


def nested_worker():
    for _ in range(50):
        recurse(4)


threads = [threading.Thread(target=increment, args=(1000,)) for _ in range(8)]
threads += [threading.Thread(target=nested_worker) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter", counter)
print("nested", nested)
print("lock free", lock.acquire(blocking=False))
lock.release()
print("rlock free", rlock.acquire(blocking=False))
rlock.release()

# The explicit acquire/release protocol, with try/finally.
total = []


def careful(k):
    lock.acquire()
    try:
        total.append(k)
    finally:
        lock.release()


threads = [threading.Thread(target=careful, args=(k,)) for k in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("careful", sorted(total))
