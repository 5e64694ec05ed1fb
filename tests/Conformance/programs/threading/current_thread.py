# current_thread, main_thread, enumerate and active_count while threads run.
import threading

main = threading.main_thread()
print(threading.current_thread() is main, type(main).__name__, main.name)
print(threading.active_count(), [t.name for t in threading.enumerate()])

gate = threading.Barrier(4)
done = threading.Event()
seen = {}

def worker(i):
    seen[i] = threading.current_thread().name
    gate.wait()
    done.wait()

threads = [threading.Thread(target=worker, args=(i,), name=f"w{i}") for i in range(3)]
for t in threads:
    t.start()
gate.wait()
print(threading.active_count())
print(sorted(t.name for t in threading.enumerate()))
print(all(t in threading.enumerate() for t in threads))
done.set()
for t in threads:
    t.join()
print(threading.active_count(), [t.name for t in threading.enumerate()])
print(sorted(seen.items()))
in_thread = []
t = threading.Thread(target=lambda: in_thread.append(threading.main_thread() is main))
t.start(); t.join()
print(in_thread)
