# The logging cookbook's pattern for many threads and processes: every worker logs through a
# QueueHandler, one QueueListener thread writes the records; MemoryHandler buffers and flushes.
import logging
import logging.handlers
import multiprocessing
import queue
import sys
import threading

records = queue.Queue()
collected = []


class Collect(logging.Handler):
    def emit(self, record):
        collected.append(self.format(record))


collector = Collect()
collector.setFormatter(logging.Formatter("%(threadName)s:%(levelname)s:%(message)s"))
listener = logging.handlers.QueueListener(records, collector)
listener.start()

log = logging.getLogger("threads")
log.setLevel(logging.INFO)
log.propagate = False
log.addHandler(logging.handlers.QueueHandler(records))


def work(i):
    for step in range(3):
        log.info("worker %d step %d", i, step)
    if i == 2:
        log.warning("worker %d done with %s", i, {"warnings": 1})


threads = [threading.Thread(target=work, args=(i,), name="T%d" % i) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
listener.stop()
print(len(collected))
for line in sorted(collected):
    print(line)

memory_target = logging.StreamHandler(sys.stdout)
memory_target.setFormatter(logging.Formatter("flushed %(levelname)s %(message)s"))
memory = logging.handlers.MemoryHandler(capacity=3, flushLevel=logging.ERROR, target=memory_target)
buffered = logging.getLogger("buffered")
buffered.propagate = False
buffered.addHandler(memory)
buffered.warning("one")
buffered.warning("two")
print("buffer holds", len(memory.buffer))
buffered.warning("three")  # capacity reached: flush
print("buffer holds", len(memory.buffer))
buffered.warning("four")
buffered.error("five")      # flushLevel reached: flush
memory.close()


def child(q, n):
    logger = logging.getLogger("proc")
    logger.handlers = [logging.handlers.QueueHandler(q)]
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    logger.debug("child %d reporting", n)


if __name__ == "__main__":
    mpq = multiprocessing.Queue()
    procs = [multiprocessing.Process(target=child, args=(mpq, n), name="Proc-%d" % n) for n in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    got = sorted((r.processName, r.levelname, r.getMessage()) for r in (mpq.get() for _ in procs))
    for entry in got:
        print(entry)
