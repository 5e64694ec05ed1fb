# threading.local: per-thread attributes; errors for missing attributes; __dict__ per thread.
import threading

data = threading.local()
print(type(data).__name__, type(data).__module__)
data.x = "main"
results = {}
lock = threading.Lock()
start = threading.Barrier(4)

def worker(i):
    start.wait()
    had = hasattr(data, "x")
    data.x = i
    data.y = i * 10
    start.wait()
    with lock:
        results[i] = (had, data.x, data.y, sorted(data.__dict__))

ts = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
start.wait()
start.wait()
for t in ts:
    t.join()
for i in sorted(results):
    print(i, results[i])
print(data.x, data.__dict__)
try:
    data.y
except AttributeError as e:
    print(type(e).__name__, e)
del data.x
print(hasattr(data, "x"))
try:
    del data.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    threading.local(1)
except TypeError as e:
    print(type(e).__name__, e)
data.z = 5
print(getattr(data, "z"), getattr(data, "nope", "default"))
