# Thread targets with args and kwargs, explicit names, idents, and results collected per thread.
import threading

results = {}
idents = {}
lock = threading.Lock()


def compute(name, a, b, *, scale=1):
    value = (a * b) * scale
    with lock:
        results[name] = value
        idents[name] = threading.get_ident()


threads = []
for i in range(5):
    t = threading.Thread(target=compute, name=f"worker-{i}", args=(f"w{i}", i, i + 1), kwargs={"scale": 10})
    threads.append(t)
print([t.name for t in threads])
print([t.ident is None for t in threads])
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
print("main ident differs", threading.get_ident() not in idents.values())
print("idents set", all(isinstance(t.ident, int) for t in threads))

t = threading.Thread(target=compute, args=("x", 2, 3))
t.start()
t.join()
try:
    t.start()
except RuntimeError as e:
    print(type(e).__name__, e)
print(results["x"])

daemon = threading.Thread(target=compute, args=("d", 1, 1), daemon=True)
print("daemon", daemon.daemon)
daemon.start()
daemon.join()
print(results["d"])

nothing = threading.Thread()
nothing.start()
nothing.join()
print("no target ok")
