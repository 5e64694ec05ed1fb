# The tutorial producer/consumer: producers fill a bounded queue, consumers stop on one sentinel each,
# task_done/join track the work, results are aggregated after the joins.
import queue
import threading

SENTINEL = object()
work = queue.Queue(maxsize=4)
results = queue.Queue()
produced = []
produced_lock = threading.Lock()


def producer(pid, count):
    for i in range(count):
        item = (pid, i, (pid + 1) * 100 + i)
        work.put(item)
        with produced_lock:
            produced.append(item)


def consumer(name):
    handled = 0
    while True:
        item = work.get()
        try:
            if item is SENTINEL:
                results.put((name, "stop", handled))
                return
            pid, i, value = item
            results.put((name, "item", value * 2))
            handled += 1
        finally:
            work.task_done()


consumers = [threading.Thread(target=consumer, args=("c%d" % n,), name="Consumer-%d" % n) for n in range(3)]
producers = [threading.Thread(target=producer, args=(p, 5)) for p in range(2)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
work.join()
print("all produced items processed:", work.unfinished_tasks, len(produced))
for _ in consumers:
    work.put(SENTINEL)
for t in consumers:
    t.join()
print([t.is_alive() for t in consumers], work.empty())

values, stops, handled = [], [], 0
while not results.empty():
    name, kind, value = results.get_nowait()
    if kind == "item":
        values.append(value)
    else:
        stops.append(name)
        handled += value
print(sorted(values))
print(sorted(stops), handled)
try:
    results.get(timeout=0.01)
except queue.Empty:
    print("results drained")
