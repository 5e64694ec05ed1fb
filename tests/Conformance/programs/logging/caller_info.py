# Records name the function, line, file and module that logged, from threads, methods and helpers
# (Logger.findCaller), with stacklevel skipping wrapper frames and stack_info printing the stack.
import logging
import sys
import threading

logging.basicConfig(
    stream=sys.stdout,
    level=logging.DEBUG,
    format="%(threadName)s %(levelname)s %(module)s/%(filename)s %(funcName)s:%(lineno)d %(message)s",
)
log = logging.getLogger("app")


def worker(n):
    log.info("worker %d starts", n)
    helper(n)


def helper(n):
    log.debug("helper %d", n)


class Service:
    def handle(self, item):
        log.warning("handling %s", item)
        return self._inner(item)

    def _inner(self, item):
        logging.error("inner %s", item)
        return item * 2

    @staticmethod
    def static():
        log.info("static")


def audit(message):
    # stacklevel=2: the record names audit's caller, as a logging wrapper wants.
    log.info(message, stacklevel=2)


def caller_of_audit():
    audit("audited")


log.info("module level")
for i in range(2):
    t = threading.Thread(target=worker, args=(i,), name=f"w{i}")
    t.start()
    t.join()
print(Service().handle(21))
Service.static()
caller_of_audit()
audit("from module")
adapter = logging.LoggerAdapter(log, {"user": "ann"})
adapter.info("through an adapter")
squares = [log.debug("square %d", n) or n * n for n in range(2)]
lam = lambda: log.info("in a lambda")
lam()


def outer():
    def nested():
        log.critical("nested")
    nested()


outer()

handler = logging.StreamHandler(sys.stderr)
handler.setFormatter(logging.Formatter("%(funcName)s:%(lineno)d %(message)s"))
stacked = logging.getLogger("stacked")
stacked.propagate = False
stacked.addHandler(handler)


def deep():
    stacked.warning("with its stack", stack_info=True)


def deeper():
    deep()


deeper()
