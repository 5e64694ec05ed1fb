# A job scheduler on PriorityQueue: (priority, sequence, job) entries keep FIFO order within a
# priority, workers stop on a lowest-priority sentinel, results are reported in priority order.
import itertools
import queue
import threading
from dataclasses import dataclass, field

jobs = queue.PriorityQueue()
sequence = itertools.count()
STOP = 99


@dataclass(order=True)
class Job:
    priority: int
    seq: int
    name: str = field(compare=False)
    cost: int = field(compare=False, default=1)


def submit(priority, name, cost=1):
    jobs.put(Job(priority, next(sequence), name, cost))


for name, priority in [("backup", 5), ("email", 1), ("report", 3), ("alert", 0), ("cleanup", 5),
                       ("index", 3), ("ping", 0)]:
    submit(priority, name, cost=len(name))

print(jobs.qsize(), jobs.queue[0].name)
order = []
while not jobs.empty():
    order.append(jobs.get_nowait())
    jobs.task_done()
print([(j.priority, j.name) for j in order])

for job in order:
    jobs.put(job)
done = []
done_lock = threading.Lock()


def worker():
    while True:
        job = jobs.get()
        try:
            if job.priority == STOP:
                return
            with done_lock:
                done.append((job.priority, job.seq, job.name, job.cost * 10))
        finally:
            jobs.task_done()


workers = [threading.Thread(target=worker) for _ in range(3)]
for w in workers:
    w.start()
jobs.join()
for _ in workers:
    submit(STOP, "stop")
for w in workers:
    w.join()
for entry in sorted(done):
    print(entry)
print(jobs.qsize(), jobs.unfinished_tasks)
try:
    jobs.get(block=False)
except queue.Empty:
    print("empty")
pq = queue.PriorityQueue(maxsize=1)
pq.put((1, "a"))
try:
    pq.put((0, "b"), timeout=0.01)
except queue.Full:
    print("full", pq.full())
