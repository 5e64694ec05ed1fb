# logger.exception and exc_info: the message on stdout-free stderr records, followed by the traceback,
# including chained exceptions and exceptions raised in worker threads.
import logging
import threading

logging.basicConfig(format="%(levelname)s:%(name)s:%(threadName)s:%(message)s")
log = logging.getLogger("jobs")


def parse(text):
    return int(text)


def load(text):
    try:
        return parse(text)
    except ValueError as e:
        raise RuntimeError("cannot load %r" % text) from e


for text in ["12", "x1"]:
    try:
        print("loaded", load(text))
    except RuntimeError:
        log.exception("job %s failed", text)

try:
    {}["missing"]
except KeyError:
    log.error("lookup failed", exc_info=True)
    log.warning("no traceback here")

log.info("below WARNING: not printed")
results = {}


def worker(n):
    try:
        if n == 2:
            raise ValueError("bad item %d" % n)
        results[n] = n * 10
    except ValueError:
        log.exception("worker %d crashed", n)


for n in range(4):
    t = threading.Thread(target=worker, args=(n,), name="Worker-%d" % n)
    t.start()
    t.join()
print(sorted(results.items()))
record = logging.makeLogRecord({"msg": "m", "exc_info": None})
print(record.exc_info, record.exc_text, record.getMessage())
