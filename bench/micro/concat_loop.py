"""s += piece in a function loop (linear in CPython through its in-place resize): ms per size, on stderr.

Run under both: python3 bench/micro/concat_loop.py; portalis run bench/micro/concat_loop.py (warm cache).
"""
import time, sys
def build(n):
    s = ""
    for i in range(n):
        s += "ab"
    return s
for n in (10000, 100000, 200000):
    t0 = time.perf_counter(); r = build(n); t1 = time.perf_counter()
    print(n, len(r), f"{(t1-t0)*1000:.1f} ms", file=sys.stderr)
