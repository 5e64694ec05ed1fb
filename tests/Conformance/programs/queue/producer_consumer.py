# 4 producers and 3 consumers on a bounded Queue; every item consumed once.
import queue
import threading

q = queue.Queue(maxsize=8)
consumed = []
lock = threading.Lock()

def producer(p):
    for i in range(250):
        q.put((p, i))

def consumer():
    local = []
    while True:
        item = q.get()
        if item is None:
            break
        local.append(item)
    with lock:
        consumed.extend(local)

producers = [threading.Thread(target=producer, args=(p,)) for p in range(4)]
consumers = [threading.Thread(target=consumer) for _ in range(3)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
print(len(consumed), len(set(consumed)))
for p in range(4):
    print(p, sum(i for (pp, i) in consumed if pp == p))
print(q.qsize(), q.empty())
