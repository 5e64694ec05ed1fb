# cancel() succeeds only on pending futures; a cancelled future raises CancelledError.
from concurrent.futures import ThreadPoolExecutor, CancelledError, Future
import concurrent.futures


def wait_gate(gate, started):
    started.set_result(True)
    return gate.result()


gate = Future()
started = Future()
with ThreadPoolExecutor(max_workers=1) as ex:
    running = ex.submit(wait_gate, gate, started)
    queued = [ex.submit(pow, 2, i) for i in range(3)]
    started.result()
    print("running", running.running(), running.cancel())
    print("queued cancel", [q.cancel() for q in queued[:2]])
    print("states", [q._state for q in queued])
    for q in queued[:2]:
        try:
            q.result()
        except CancelledError as e:
            print("result:", type(e).__name__, repr(e), isinstance(e, concurrent.futures._base.Error))
        try:
            q.exception()
        except concurrent.futures.CancelledError as e:
            print("exception:", type(e).__name__)
    gate.set_result("released")
print("after exit", running.result(), queued[2].result())
# The pool skipped the cancelled work items and notified them.
print([q._state for q in queued])
print([q.cancelled() for q in queued], [q.done() for q in queued])
