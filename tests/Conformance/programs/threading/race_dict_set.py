# 8 threads write to one dict, add to one set and append to one deque at the same time.
import threading
from collections import deque

N = 8
PER = 10000
d = {}
s = set()
q = deque()
counts = {}
start = threading.Barrier(N)

def worker(k):
    start.wait()
    for i in range(PER):
        key = k * PER + i
        d[key] = k
        s.add(key)
        q.append(key)
        if i % 2:
            q.appendleft(-key)

threads = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(d), len(s), len(q))
print(sum(d.values()) == sum(k * PER for k in range(N)))
print(s == set(range(N * PER)))
print(sorted(x for x in q if x >= 0) == list(range(N * PER)))
for v in d.values():
    counts[v] = counts.get(v, 0) + 1
print(sorted(counts.items()))

# Concurrent pops from a deque: each item taken exactly once.
q2 = deque(range(50000))
taken = [[] for _ in range(N)]
def popper(k):
    out = taken[k]
    while True:
        try:
            out.append(q2.popleft())
        except IndexError:
            return
threads = [threading.Thread(target=popper, args=(k,)) for k in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
allt = sorted(x for lst in taken for x in lst)
print(len(allt), allt == list(range(50000)))
