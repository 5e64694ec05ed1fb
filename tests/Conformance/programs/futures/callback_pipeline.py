# Futures chained through done callbacks: a stage submits the next stage from its callback; the
# callbacks of a finished future run at once in the caller; results gathered by a final Event.
import threading
from concurrent.futures import ThreadPoolExecutor, Future

log = []
log_lock = threading.Lock()
finished = threading.Event()
final = {}


def note(entry):
    with log_lock:
        log.append(entry)


def download(n):
    return "data-%d" % n


def parse(text):
    return text.upper()


def store(text):
    return len(text)


pool = ThreadPoolExecutor(max_workers=2)
pending = [3]
pending_lock = threading.Lock()


def stage_done(name, next_stage, item):
    def callback(future):
        value = future.result()
        note((item, name, value))
        if next_stage is None:
            final[item] = value
            with pending_lock:
                pending[0] -= 1
                if pending[0] == 0:
                    finished.set()
            return
        func, next_name, after = next_stage
        pool.submit(func, value).add_done_callback(stage_done(next_name, after, item))
    return callback


for item in range(3):
    pool.submit(download, item).add_done_callback(
        stage_done("download", (parse, "parse", (store, "store", None)), item))
finished.wait(10)
pool.shutdown()
for entry in sorted(log):
    print(entry)
print(sorted(final.items()))

f = Future()
order = []
f.add_done_callback(lambda fut: order.append(("early", fut.result())))
f.set_result(7)
f.add_done_callback(lambda fut: order.append(("late", fut.result())))
print(order, threading.current_thread().name)
g = Future()
g.set_exception(ValueError("nope"))
g.add_done_callback(lambda fut: order.append(("error", type(fut.exception()).__name__)))
print(order[-1])
c = Future()
c.add_done_callback(lambda fut: order.append(("cancelled", fut.cancelled())))
print(c.cancel(), order[-1])
