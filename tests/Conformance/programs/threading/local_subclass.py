# Subclass of threading.local: __init__ runs again in each thread with the same arguments.
import threading

inits = []
lock = threading.Lock()

class Ctx(threading.local):
    counter_default = 0

    def __init__(self, base, *, step=1):
        with lock:
            inits.append(threading.current_thread().name)
        self.value = base
        self.step = step

    def bump(self):
        self.value += self.step
        return self.value

    @property
    def doubled(self):
        return self.value * 2

ctx = Ctx(100, step=5)
print(ctx.bump(), ctx.doubled, ctx.counter_default)
results = {}

def worker(n):
    for _ in range(n):
        ctx.bump()
    with lock:
        results[threading.current_thread().name] = (ctx.value, ctx.doubled)

ts = [threading.Thread(target=worker, args=(i,), name=f"w{i}") for i in range(1, 4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results.items()))
print(sorted(inits))
print(ctx.value, type(ctx).__name__, isinstance(ctx, threading.local))
try:
    ctx.doubled = 3
except AttributeError as e:
    print(type(e).__name__)
try:
    ctx.missing
except AttributeError as e:
    print(type(e).__name__, e)

class Plain(threading.local):
    pass

p = Plain()
p.a = 1
out = []
t = threading.Thread(target=lambda: out.append(hasattr(p, "a")))
t.start(); t.join()
print(p.a, out)
