# Shared caches used from several threads keep consistent bookkeeping.
import threading
from functools import lru_cache, cached_property
from dataclasses import dataclass

@lru_cache(maxsize=16)
def square(n):
    return n * n

results = []
def worker(offset):
    total = 0
    for i in range(200):
        total += square((i * 7 + offset) % 40)
    results.append(total)

threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
info = square.cache_info()
print(sorted(results), info.hits + info.misses, info.currsize, info.maxsize)
print([square(i) for i in range(5)])

class Lazy:
    calls = 0
    @cached_property
    def value(self):
        Lazy.calls += 1
        return 42

obj = Lazy()
seen = []
ts = [threading.Thread(target=lambda: seen.append(obj.value)) for _ in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(seen, Lazy.calls)

@dataclass
class Node:
    name: str
    peers: list

a = Node('a', [])
a.peers.append(a)
reprs = []
ts = [threading.Thread(target=lambda: reprs.append(repr(a))) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(reprs)
