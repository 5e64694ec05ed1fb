# LifoQueue: last in, first out; maxsize and Full; threads.
import queue
import threading

q = queue.LifoQueue()
for i in range(5):
    q.put(i)
print([q.get() for _ in range(5)])
b = queue.LifoQueue(maxsize=1)
b.put("only")
try:
    b.put_nowait("more")
except queue.Full:
    print("Full")
print(b.get(), b.empty())
print(isinstance(q, queue.Queue))

results = []
lock = threading.Lock()
def producer(k):
    for i in range(100):
        q.put((k, i))
ts = [threading.Thread(target=producer, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(q.qsize())
items = []
while not q.empty():
    items.append(q.get())
print(len(items), sorted(items)[:2], sorted(items)[-1])
for k in range(4):
    seq = [i for (kk, i) in items if kk == k]
    print(k, seq == sorted(seq, reverse=True))
