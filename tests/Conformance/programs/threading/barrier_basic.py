# Barrier: parties, n_waiting, wait returns distinct indices, action runs once per round, reuse.
import re
import threading

b = threading.Barrier(3)
print(re.sub("0x[0-9a-f]+", "ADDR", repr(b)))
print(b.parties, b.n_waiting, b.broken)

rounds = []
def action():
    rounds.append(len(rounds))

barrier = threading.Barrier(4, action=action)
indices = []
lock = threading.Lock()

def worker():
    for _ in range(3):
        i = barrier.wait()
        with lock:
            indices.append(i)

threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(indices))
print(rounds)
print(barrier.n_waiting, barrier.broken)

# n_waiting while threads wait.
b2 = threading.Barrier(3)
waiting = []
ts = [threading.Thread(target=b2.wait) for _ in range(2)]
for t in ts:
    t.start()
while b2.n_waiting < 2:
    threading.Event().wait(0.001)
print("waiting:", b2.n_waiting)
print("last index:", b2.wait())
for t in ts:
    t.join()
print(b2.n_waiting)
try:
    threading.Barrier(0)
except ValueError as e:
    print(type(e).__name__, e)
