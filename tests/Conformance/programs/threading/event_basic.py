# Event: set/clear/is_set, wait with and without timeout, repr, many waiters.
import re
import threading

def show(x):
    print(re.sub("0x[0-9a-f]+", "ADDR", repr(x)))

e = threading.Event()
show(e)
print(e.is_set(), e.wait(0), e.wait(0.02), e.wait(timeout=-1))
e.set()
show(e)
print(e.is_set(), e.wait(), e.wait(0), e.isSet() if False else e.is_set())
e.clear()
print(e.is_set())

ev = threading.Event()
count = threading.Semaphore(0)
results = []
lock = threading.Lock()

def waiter(i):
    count.release()
    r = ev.wait(30)
    with lock:
        results.append((i, r))

threads = [threading.Thread(target=waiter, args=(i,)) for i in range(6)]
for t in threads:
    t.start()
for _ in threads:
    count.acquire()
ev.set()
for t in threads:
    t.join()
print(sorted(results))

ping, pong = threading.Event(), threading.Event()
log = []
def player():
    for i in range(3):
        ping.wait(); ping.clear()
        log.append(f"pong {i}")
        pong.set()
t = threading.Thread(target=player)
t.start()
for i in range(3):
    log.append(f"ping {i}")
    ping.set()
    pong.wait(); pong.clear()
t.join()
print(log)
