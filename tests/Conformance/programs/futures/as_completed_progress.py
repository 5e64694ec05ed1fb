# A progress report over as_completed: the count goes 1..N whatever the completion order; results
# keyed by their input; a failing job is reported and counted; wait() splits done and pending.
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_EXCEPTION

release = threading.Event()


def job(n):
    if n == 3:
        raise RuntimeError("job 3 exploded")
    return sum(i * i for i in range(n * 1000))


jobs = list(range(1, 7))
results = {}
failures = {}
with ThreadPoolExecutor(max_workers=3) as ex:
    futures = {ex.submit(job, n): n for n in jobs}
    for done_count, f in enumerate(as_completed(futures), 1):
        n = futures[f]
        try:
            results[n] = f.result()
        except RuntimeError as e:
            failures[n] = str(e)
        print("progress %d/%d" % (done_count, len(futures)))
for n in sorted(results):
    print(n, results[n])
print(failures)


def gated(n):
    if n == 0:
        raise KeyError("first")
    release.wait()
    return n


with ThreadPoolExecutor(max_workers=4) as ex:
    fs = [ex.submit(gated, n) for n in range(4)]
    done, not_done = wait(fs, return_when=FIRST_EXCEPTION)
    print(len(done), len(not_done), [f.done() for f in fs][0], type(fs[0].exception()).__name__)
    release.set()
    done, not_done = wait(fs)
    print(len(done), len(not_done), sorted(f.result() for f in fs[1:]))
