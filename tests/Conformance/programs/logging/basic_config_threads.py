# logging.basicConfig with a thread-aware format: workers log one after another, then all at once
# into a collecting handler whose lines are checked and sorted (no interleaving within a record).
import logging
import sys
import threading

logging.basicConfig(level=logging.DEBUG, stream=sys.stdout,
                    format="%(threadName)s %(levelname)s %(name)s %(message)s %(processName)s")
log = logging.getLogger("app")
log.debug("starting %d workers", 3)


def step(i, ready):
    logging.getLogger("app.worker").info("worker %d step %s", i, "one")
    ready.set()


for i in range(3):
    ready = threading.Event()
    t = threading.Thread(target=step, args=(i, ready), name="Step-%d" % i)
    t.start()
    ready.wait()
    t.join()

records = []
lock = threading.Lock()


class Collect(logging.Handler):
    def emit(self, record):
        line = self.format(record)
        with lock:
            records.append(line)


collect = Collect()
collect.setFormatter(logging.Formatter("%(threadName)s|%(name)s|%(message)s"))
burst = logging.getLogger("burst")
burst.addHandler(collect)
burst.propagate = False
barrier = threading.Barrier(6)


def shout(i):
    barrier.wait()
    for j in range(50):
        burst.warning("w%d item %03d %s", i, j, "x" * (j % 7))


workers = [threading.Thread(target=shout, args=(i,), name="W%d" % i) for i in range(6)]
for t in workers:
    t.start()
for t in workers:
    t.join()
print(len(records))
ok = True
for line in records:
    thread, name, message = line.split("|")
    if thread[1:] != message.split()[0][1:] or name != "burst":
        ok = False
print("records well formed:", ok)
for line in sorted(records)[::60]:
    print(line)
log.info("done")
logging.getLogger("app.worker").error("last %s", ["a", 1])
