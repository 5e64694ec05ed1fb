# A bounded buffer on one Condition with two predicates (not full / not empty) and wait_for timeouts.
import threading
from collections import deque

class BoundedBuffer:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = deque()
        self.cond = threading.Condition()
        self.high_water = 0

    def put(self, item):
        with self.cond:
            self.cond.wait_for(lambda: len(self.items) < self.capacity)
            self.items.append(item)
            self.high_water = max(self.high_water, len(self.items))
            self.cond.notify_all()

    def get(self, timeout=None):
        with self.cond:
            if not self.cond.wait_for(lambda: self.items, timeout=timeout):
                raise TimeoutError("buffer empty")
            item = self.items.popleft()
            self.cond.notify_all()
            return item

buf = BoundedBuffer(3)
consumed = []
consumed_lock = threading.Lock()

def producer(base):
    for i in range(8):
        buf.put(base + i)
    buf.put(None)

def consumer():
    local = []
    while True:
        item = buf.get()
        if item is None:
            break
        local.append(item)
    with consumed_lock:
        consumed.extend(local)

producers = [threading.Thread(target=producer, args=(b,)) for b in (0, 100)]
consumers = [threading.Thread(target=consumer) for _ in range(2)]
for t in producers + consumers:
    t.start()
for t in producers + consumers:
    t.join()
print(sorted(consumed))
print("count", len(consumed), "high water <= capacity", buf.high_water <= buf.capacity)
try:
    buf.get(timeout=0.01)
except TimeoutError as e:
    print("TimeoutError:", e)
with buf.cond:
    print("wait_for false after timeout:", buf.cond.wait_for(lambda: False, timeout=0))
    print("notify count ok:", buf.cond.notify(5) is None)
try:
    buf.cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    buf.cond.wait(0)
except RuntimeError as e:
    print("RuntimeError:", e)
