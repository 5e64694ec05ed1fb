# task_done/join: join waits for every task; task_done too many times is a ValueError.
import queue
import threading

q = queue.Queue()
try:
    q.task_done()
except ValueError as e:
    print(type(e).__name__, e)
q.join()
print("join on empty queue returns")

done = []
lock = threading.Lock()
def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        with lock:
            done.append(item)
        q.task_done()

workers = [threading.Thread(target=worker) for _ in range(3)]
for w in workers:
    w.start()
for i in range(300):
    q.put(i)
q.join()
print("after join:", len(done), q.unfinished_tasks)
for _ in workers:
    q.put(None)
q.join()
for w in workers:
    w.join()
print(sorted(done) == list(range(300)))
q.put("x")
print(q.unfinished_tasks)
q.get()
q.task_done()
try:
    q.task_done()
except ValueError as e:
    print(e)
