# Subclassing Queue: override _init/_qsize/_put/_get (a queue that dedupes), and with extra state.
import queue
import threading

class UniqueQueue(queue.Queue):
    def _init(self, maxsize):
        self.queue = []
        self.seen = set()
    def _qsize(self):
        return len(self.queue)
    def _put(self, item):
        if item not in self.seen:
            self.seen.add(item)
            self.queue.append(item)
    def _get(self):
        return self.queue.pop(0)

u = UniqueQueue()
for x in [3, 1, 3, 2, 1, 4]:
    u.put(x)
print(u.qsize(), [u.get() for _ in range(u.qsize())])

class CountingQueue(queue.Queue):
    def __init__(self, maxsize=0):
        super().__init__(maxsize)
        self.puts = 0
    def put(self, item, block=True, timeout=None):
        with self.mutex:
            self.puts += 1
        super().put(item, block, timeout)

c = CountingQueue(maxsize=3)
ts = [threading.Thread(target=lambda: [c.put(i) for i in range(2)]) for _ in range(3)]
for t in ts:
    t.start()
got = [c.get() for _ in range(6)]
for t in ts:
    t.join()
print(c.puts, sorted(got))
print(isinstance(c.mutex, type(threading.Lock())), type(c.not_empty).__name__)
