# A lock-heavy counter: workers do a little CPU work per step and update shared counters under a Lock.
# Usage: lock_counter.py [workers]   (default 2). Prints a deterministic result, never timings.
import sys
import threading

STEPS = 6_400_000


def main():
    workers = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    lock = threading.Lock()
    totals = {"count": 0, "sum": 0}

    def worker(k):
        for i in range(k * STEPS // workers, (k + 1) * STEPS // workers):
            v = (i * 2654435761) % 1000003
            with lock:
                totals["count"] += 1
                totals["sum"] += v

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"count={totals['count']} sum={totals['sum']}")


main()
