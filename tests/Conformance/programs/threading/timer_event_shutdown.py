# Timer cancel before it fires, a Timer that fires, and Event-driven shutdown of a worker loop.
import threading
import queue

fired = []
t1 = threading.Timer(30, fired.append, args=("late",))
t1.start()
t1.cancel()
t1.join()
print("cancelled timer", fired, t1.is_alive(), t1.finished.is_set())

ready = threading.Event()
t2 = threading.Timer(0.01, lambda: (fired.append("soon"), ready.set()))
t2.start()
print("fired", ready.wait(5), fired)
t2.join()
t2.cancel()
print("cancel after run is harmless", t2.finished.is_set())

stop = threading.Event()
jobs = queue.Queue()
log = []
def worker(name):
    handled = 0
    while not stop.is_set():
        try:
            job = jobs.get(timeout=0.01)
        except queue.Empty:
            continue
        log.append((name, job))
        handled += 1
        jobs.task_done()
    log.append((name, "stopped"))

workers = [threading.Thread(target=worker, args=(f"w{i}",), name=f"w{i}") for i in range(2)]
for w in workers:
    w.start()
for j in range(6):
    jobs.put(j)
jobs.join()
stop.set()
for w in workers:
    w.join()
print(sorted(j for _, j in log if j != "stopped"))
print(sorted(n for n, j in log if j == "stopped"))
print("alive", [w.is_alive() for w in workers], threading.active_count())
try:
    jobs.task_done()
except ValueError as e:
    print("ValueError:", e)
print(threading.Timer(1, print).name.startswith("Thread-"))
