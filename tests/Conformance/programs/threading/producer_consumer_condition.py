# A bounded buffer built from a Condition: 3 producers, 2 consumers.
import threading

class BoundedBuffer:
    def __init__(self, size):
        self.items = []
        self.size = size
        self.cond = threading.Condition()

    def put(self, item):
        with self.cond:
            self.cond.wait_for(lambda: len(self.items) < self.size)
            self.items.append(item)
            self.cond.notify_all()

    def get(self):
        with self.cond:
            self.cond.wait_for(lambda: self.items)
            item = self.items.pop(0)
            self.cond.notify_all()
            return item

buf = BoundedBuffer(4)
consumed = []
lock = threading.Lock()

def producer(p):
    for i in range(200):
        buf.put((p, i))

def consumer():
    while True:
        item = buf.get()
        if item is None:
            return
        with lock:
            consumed.append(item)

producers = [threading.Thread(target=producer, args=(p,)) for p in range(3)]
consumers = [threading.Thread(target=consumer) for _ in range(2)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    buf.put(None)
for t in consumers:
    t.join()
print(len(consumed), len(set(consumed)))
for p in range(3):
    seq = [i for (q, i) in consumed if q == p]
    print(p, len(seq), sum(seq))
print(buf.items)
