# Exceptions in some threads (custom hook) do not stop the others or the main thread.
import threading

reports = []
lock = threading.Lock()

def hook(args):
    with lock:
        reports.append((args.thread.name, args.exc_type.__name__, str(args.exc_value)))

threading.excepthook = hook
results = []

def job(i):
    if i % 3 == 0:
        raise RuntimeError(f"job {i} failed")
    with lock:
        results.append(i * i)

threads = [threading.Thread(target=job, args=(i,), name=f"job-{i}") for i in range(10)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
for r in sorted(reports):
    print(r)
print([t.is_alive() for t in threads].count(False))
