# Threads that start threads: names keep counting, joins nest, enumerate sees the live ones.
import threading

names = []
lock = threading.Lock()

def leaf(depth):
    with lock:
        names.append((depth, threading.current_thread().name))

def branch(depth):
    leaf(depth)
    if depth < 3:
        kids = [threading.Thread(target=branch, args=(depth + 1,)) for _ in range(2)]
        for k in kids:
            k.start()
        for k in kids:
            k.join()

root = threading.Thread(target=branch, args=(0,), name="root")
root.start()
root.join()
print(len(names))
print(sorted(d for d, _ in names))
print(sorted(n for _, n in names)[:3])
print(all(n == "root" or n.startswith("Thread-") and n.endswith("(branch)") for _, n in names))
print(len({n for _, n in names}))
print(threading.active_count())
