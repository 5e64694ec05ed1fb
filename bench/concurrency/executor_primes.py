"""Counts the primes below a fixed limit with a ThreadPoolExecutor.

The range is split into many chunks (more chunks than workers, so the pool balances the load), each
counted by trial division in a task; the worker count is sys.argv[1] (default 2). Prints the count,
which does not depend on the worker count: only the time does.
"""
import sys
from concurrent.futures import ThreadPoolExecutor

LIMIT = 2_000_000
CHUNKS = 64


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    if n % 3 == 0:
        return n == 3
    i = 5
    while i * i <= n:
        if n % i == 0 or n % (i + 2) == 0:
            return False
        i += 6
    return True


def count_range(start: int, stop: int) -> int:
    count = 0
    for n in range(start, stop):
        if is_prime(n):
            count += 1
    return count


def main() -> None:
    workers = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    step = LIMIT // CHUNKS
    bounds = [(k * step, LIMIT if k == CHUNKS - 1 else (k + 1) * step) for k in range(CHUNKS)]
    with ThreadPoolExecutor(max_workers=workers) as executor:
        futures = [executor.submit(count_range, start, stop) for start, stop in bounds]
        total = sum(f.result() for f in futures)
    print(f"primes below {LIMIT}: {total}")


main()
