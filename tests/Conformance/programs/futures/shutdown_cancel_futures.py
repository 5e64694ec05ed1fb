# shutdown(cancel_futures=True) cancels the queued futures; running and finished ones are kept.
from concurrent.futures import ThreadPoolExecutor, Future, wait

gate = Future()
started = Future()
log = []


def first():
    started.set_result(True)
    gate.result()
    return "first done"


ex = ThreadPoolExecutor(max_workers=1)
done_before = ex.submit(lambda: "quick")
print(done_before.result())
running = ex.submit(first)
started.result()
queued = [ex.submit(log.append, i) for i in range(5)]
for q in queued:
    q.add_done_callback(lambda f: log.append("cb cancelled=%s" % f.cancelled()))
ex.shutdown(wait=False, cancel_futures=True)
print([q.cancelled() for q in queued])
print([q._state for q in queued])
print(running.running(), running.cancelled())
gate.set_result(None)
print(running.result())
ex.shutdown(wait=True)
print(log)
print(done_before.result(), done_before.cancelled())
# Cancelled by shutdown but never notified: wait() still counts them as not done (CPython 3.11).
r = wait(queued, timeout=0.01)
print(len(r.done), len(r.not_done))
try:
    ex.submit(abs, 1)
except RuntimeError as e:
    print(e)
