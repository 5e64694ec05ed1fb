# queue.py (Portalis's port) against CPython's.
import queue
import threading

q = queue.Queue(maxsize=2)
q.put(1); q.put(2)
try:
    q.put_nowait(3)
except queue.Full:
    print("Full")
print(q.get(), q.get(), q.empty())
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty")
try:
    q.get(timeout=-1)
except ValueError as e:
    print(e)
pq = queue.PriorityQueue()
for x in (3, 1, 2):
    pq.put(x)
lq = queue.LifoQueue()
for x in (3, 1, 2):
    lq.put(x)
print([pq.get() for _ in range(3)], [lq.get() for _ in range(3)])
jobs = queue.Queue()
done = []
def worker():
    while True:
        item = jobs.get()
        if item is None:
            jobs.task_done()
            return
        done.append(item * 2)
        jobs.task_done()
ts = [threading.Thread(target=worker) for _ in range(3)]
for t in ts:
    t.start()
for i in range(100):
    jobs.put(i)
for _ in ts:
    jobs.put(None)
jobs.join()
for t in ts:
    t.join()
print(sum(done))
try:
    jobs.task_done()
except ValueError as e:
    print(e)
s = queue.SimpleQueue()
s.put("a")
print(s.get(), s.empty())
