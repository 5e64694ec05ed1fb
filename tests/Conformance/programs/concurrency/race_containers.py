# Eight threads race appends, stores and adds on shared built-in containers: CPython's per-operation
# atomicity (free-threaded CPython keeps it too) means no update is lost and nothing is corrupted.
import threading
from collections import deque

THREADS = 8
PER_THREAD = 500

shared_list = []
shared_dict = {}
shared_set = set()
shared_deque = deque()


def worker(k):
    for i in range(PER_THREAD):
        item = k * PER_THREAD + i
        shared_list.append(item)
        shared_dict[item] = k
        shared_set.add(item)
        shared_deque.append(item)


threads = [threading.Thread(target=worker, args=(k,)) for k in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()

expected = set(range(THREADS * PER_THREAD))
print("list", len(shared_list), sorted(shared_list) == sorted(expected))
print("dict", len(shared_dict), set(shared_dict) == expected)
print("set", len(shared_set), shared_set == expected)
print("deque", len(shared_deque), set(shared_deque) == expected)

# Each thread's own items keep their order in the list (appends by one thread are ordered).
for k in range(THREADS):
    mine = [x for x in shared_list if x // PER_THREAD == k]
    assert mine == list(range(k * PER_THREAD, (k + 1) * PER_THREAD)), k
print("per-thread order kept")

counts = {}
for item, owner in shared_dict.items():
    counts[owner] = counts.get(owner, 0) + 1
print("owners", sorted(counts.items()))

# Racing pops: every item is popped exactly once.
popped = []


def popper():
    while True:
        try:
            popped.append(shared_deque.popleft())
        except IndexError:
            return


poppers = [threading.Thread(target=popper) for _ in range(THREADS)]
for t in poppers:
    t.start()
for t in poppers:
    t.join()
print("popped", len(popped), len(set(popped)), len(shared_deque))
