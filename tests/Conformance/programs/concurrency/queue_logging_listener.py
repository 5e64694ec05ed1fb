# Logging from threads through QueueHandler and QueueListener, with respect_handler_level.
import logging, logging.handlers, queue, threading

q = queue.Queue(-1)
records = []

class ListHandler(logging.Handler):
    def emit(self, record):
        records.append(self.format(record))

target = ListHandler()
target.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
listener = logging.handlers.QueueListener(q, target)
listener.start()
log = logging.getLogger("app")
log.setLevel(logging.DEBUG)
log.propagate = False
qh = logging.handlers.QueueHandler(q)
log.addHandler(qh)

def work(i):
    log.info("worker %d says %s", i, "hi")
    if i == 2:
        try:
            1 / 0
        except ZeroDivisionError:
            log.exception("worker %d failed", i)

ts = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
log.debug("debug %s", {"k": 1})
listener.stop()
for r in sorted(records):
    print(r.splitlines()[0], len(r.splitlines()) > 1)
print(len(records))
l2 = logging.handlers.QueueListener(q, target, respect_handler_level=True)
target.setLevel(logging.WARNING)
l2.start()
log.info("dropped")
log.warning("kept")
l2.stop()
print(records[-1])
print(q.empty())
