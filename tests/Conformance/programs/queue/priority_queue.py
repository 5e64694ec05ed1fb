# PriorityQueue: smallest first; tuples with tie-breakers; dataclass-style items with order.
import queue
import threading

q = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "aa"), (5, "e")]:
    q.put(item)
print([q.get() for _ in range(5)])

class Job:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name
    def __lt__(self, other):
        return self.priority < other.priority

for p, n in [(4, "low"), (1, "urgent"), (2, "high")]:
    q.put(Job(p, n))
print([q.get().name for _ in range(3)])

bounded = queue.PriorityQueue(maxsize=2)
bounded.put(9)
bounded.put(1)
try:
    bounded.put(5, timeout=0.01)
except queue.Full:
    print("Full")
print(bounded.get(), bounded.get())

pq = queue.PriorityQueue()
def producer(k):
    for i in range(50):
        pq.put(i * 4 + k)
ts = [threading.Thread(target=producer, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
out = [pq.get() for _ in range(200)]
print(out == list(range(200)))
try:
    pq.put("text")
    pq.put(3)
except TypeError as e:
    print(type(e).__name__, e)
