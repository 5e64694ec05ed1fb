import threading


def greet(name, results, lock):
    with lock:
        results.append(f"hello, {name}")


results = []
lock = threading.Lock()
threads = [threading.Thread(target=greet, args=(n, results, lock)) for n in ("ada", "grace", "barbara")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
