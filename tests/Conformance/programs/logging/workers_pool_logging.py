# Logging from executor workers and processes: thread names from the pool's prefix, process names
# from multiprocessing, records collected and printed in a fixed order.
import logging
import sys
import threading
import multiprocessing
from concurrent.futures import ThreadPoolExecutor

collected = []
guard = threading.Lock()


class Collect(logging.Handler):
    def emit(self, record):
        with guard:
            collected.append((record.threadName, record.levelname, record.getMessage()))


log = logging.getLogger("pool")
log.setLevel(logging.DEBUG)
log.addHandler(Collect())
log.propagate = False


def task(n):
    if n % 3 == 0:
        log.debug("task %d skipped", n)
        return None
    log.info("task %d -> %d", n, n * n)
    return n * n


with ThreadPoolExecutor(max_workers=3, thread_name_prefix="fetch") as ex:
    results = list(ex.map(task, range(9)))
print(results)
print(len(collected), sorted({name.split("_")[0] for name, _, _ in collected}))
for name, level, message in sorted(collected, key=lambda r: r[2]):
    print(level, message)


def child(tag):
    # The child's logging configuration is the parent's copy (fork semantics).
    logging.getLogger("proc").info("child %s says hi", tag)


if __name__ == "__main__":
    logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                        format="%(processName)s %(name)s %(levelname)s %(message)s")
    logging.getLogger("proc").info("parent before")
    for tag in ("a", "b"):
        p = multiprocessing.Process(target=child, args=(tag,), name="Child-" + tag)
        p.start()
        p.join()
        print(p.name, p.exitcode)
    logging.getLogger("proc").info("parent after")
