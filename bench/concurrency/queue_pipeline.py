# A CPU-bound queue pipeline: a producer feeds numbers through a bounded queue.Queue to workers that
# count primes by trial division; results come back on a second queue.
# Usage: queue_pipeline.py [workers]   (default 2). Prints a deterministic result, never timings.
import queue
import sys
import threading

LIMIT = 1_200_000
BATCH = 500


def count_primes(lo, hi):
    count = 0
    for n in range(max(lo, 2), hi):
        if n % 2 == 0:
            count += n == 2
            continue
        d = 3
        prime = True
        while d * d <= n:
            if n % d == 0:
                prime = False
                break
            d += 2
        count += prime
    return count


def main():
    workers = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    tasks = queue.Queue(maxsize=64)
    results = queue.Queue()

    def worker():
        while True:
            item = tasks.get()
            if item is None:
                tasks.task_done()
                return
            lo, hi = item
            results.put((lo, count_primes(lo, hi)))
            tasks.task_done()

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for t in threads:
        t.start()
    batches = 0
    for lo in range(0, LIMIT, BATCH):
        tasks.put((lo, min(lo + BATCH, LIMIT)))
        batches += 1
    for _ in threads:
        tasks.put(None)
    tasks.join()
    for t in threads:
        t.join()
    total = 0
    for _ in range(batches):
        total += results.get()[1]
    print(f"batches={batches} primes below {LIMIT}: {total}")


main()
