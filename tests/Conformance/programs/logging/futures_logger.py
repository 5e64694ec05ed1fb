# concurrent.futures logs on the "concurrent.futures" logger: a failing done callback and a failing
# initializer reach the program's own handlers, with their level and exception.
import logging
from concurrent.futures import ThreadPoolExecutor, Future

seen = []


class Capture(logging.Handler):
    def emit(self, record):
        exc = record.exc_info[1] if record.exc_info else None
        seen.append((record.name, record.levelname, record.msg.split(" ")[0],
                     type(exc).__name__, str(exc)))


futures_log = logging.getLogger("concurrent.futures")
futures_log.addHandler(Capture())
futures_log.propagate = False
print(futures_log.name, futures_log.level, futures_log.parent is logging.root)


def bad_callback(future):
    raise ValueError("callback failed on %r" % future.result())


f = Future()
f.add_done_callback(bad_callback)
f.add_done_callback(lambda fut: seen.append(("second callback still runs", fut.result())))
f.set_result(5)
for entry in seen:
    print(entry)
seen.clear()


def init():
    raise RuntimeError("no database")


ex = ThreadPoolExecutor(max_workers=1, initializer=init)
job = ex.submit(pow, 2, 8)
try:
    job.result(timeout=5)
except Exception as e:
    print(type(e).__name__, e)
ex.shutdown()
for entry in seen:
    print(entry)
