# Subclassing Thread: override run, call super().__init__, keep state on the object.
import threading

class Squarer(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"squarer-{n}")
        self.n = n
        self.result = None

    def run(self):
        self.result = self.n * self.n

class WithTarget(threading.Thread):
    def run(self):
        print("subclass run before target", self.name)
        super().run()

workers = [Squarer(i) for i in range(6)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print([w.result for w in workers])
print([w.name for w in workers])
print(isinstance(workers[0], threading.Thread), type(workers[0]).__name__)

t = WithTarget(target=print, args=("target called",), name="wt")
t.start()
t.join()

class NoInit(threading.Thread):
    def __init__(self):
        pass

try:
    NoInit().start()
except RuntimeError as e:
    print(type(e).__name__, e)

class Counter(threading.Thread):
    total = 0
    lock = threading.Lock()

    def run(self):
        for _ in range(1000):
            with Counter.lock:
                Counter.total += 1

cs = [Counter() for _ in range(4)]
for c in cs:
    c.start()
for c in cs:
    c.join()
print("total", Counter.total)
