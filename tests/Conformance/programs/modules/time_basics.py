# time module, deterministic uses only: perf_counter/monotonic increase, time() is a float, sleep(0), gmtime of fixed epochs.
import time
t0 = time.perf_counter()
total = sum(range(100000))
t1 = time.perf_counter()
print(total, t1 >= t0, type(t0).__name__)
m0 = time.monotonic()
time.sleep(0.01)
m1 = time.monotonic()
print(m1 > m0, m1 - m0 >= 0.009)
print(type(time.time()).__name__, time.time() > 1_600_000_000)
ns0 = time.perf_counter_ns()
ns1 = time.perf_counter_ns()
print(type(ns0).__name__, ns1 >= ns0)
g = time.gmtime(0)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_wday, g.tm_yday)
g = time.gmtime(1_000_000_000)
print(tuple(g)[:6], time.strftime("%Y-%m-%d %H:%M:%S", g))
print(time.strftime("%a %d %b %Y", time.gmtime(86400 * 365)))
def timed(fn, *args):
    start = time.perf_counter()
    result = fn(*args)
    elapsed = time.perf_counter() - start
    return result, elapsed >= 0
print(timed(sorted, [3, 1, 2]))
print(time.gmtime(1_700_000_000).tm_year, time.gmtime(2 ** 31 - 1)[:3])
