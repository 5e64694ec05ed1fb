# queue.SimpleQueue: put/get variants, Empty on timeout, negative timeout, subclassing, worker threads with sentinels.
import queue, threading

sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
for i in range(5):
    sq.put(i)
sq.put_nowait(5)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.get(block=False), sq.get(timeout=1))
try:
    queue.SimpleQueue().get(timeout=0.01)
except queue.Empty as e:
    print("Empty", repr(e))
try:
    queue.SimpleQueue().get(block=False)
except queue.Empty:
    print("Empty nowait")
try:
    sq.get(timeout=-1)
except ValueError as e:
    print("ValueError", e)
sq.put(1, block=False, timeout=99)
results = []
def worker():
    while True:
        item = sq.get()
        if item is None:
            break
        results.append(item * 2)
ts = [threading.Thread(target=worker) for _ in range(3)]
for t in ts: t.start()
for i in range(20):
    sq.put(i)
for _ in ts:
    sq.put(None)
for t in ts: t.join()
print(sorted(results)[:5], len(results))
print(type(sq).__name__, type(sq).__module__)
try:
    class Sub(queue.SimpleQueue):
        pass
    s = Sub(); s.put(1); print("subclass ok", s.get())
except TypeError as e:
    print("TypeError", e)
print(queue.SimpleQueue.__class_getitem__(int))
