# Monte-Carlo estimate of pi split across threads, each with its own seeded random.Random.
# Usage: threads_montecarlo.py [workers]   (default 2). Prints a deterministic result, never timings.
import random
import sys
import threading

TOTAL = 16_000_000
CHUNKS = 16          # fixed work split, so the result does not depend on the worker count


def count_hits(seed, n):
    rng = random.Random(seed)
    hits = 0
    for _ in range(n):
        x = rng.random()
        y = rng.random()
        if x * x + y * y <= 1.0:
            hits += 1
    return hits


def main():
    workers = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    per_chunk = TOTAL // CHUNKS
    results = [0] * CHUNKS
    next_chunk = [0]
    lock = threading.Lock()

    def worker():
        while True:
            with lock:
                chunk = next_chunk[0]
                next_chunk[0] += 1
            if chunk >= CHUNKS:
                return
            results[chunk] = count_hits(1000 + chunk, per_chunk)

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    hits = sum(results)
    print(f"samples={TOTAL} hits={hits} pi~{4 * hits / TOTAL:.6f}")


main()
