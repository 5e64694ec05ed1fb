# Lazy %-formatting: arguments of disabled records are never formatted; levels, disable, custom levels,
# LoggerAdapter, makeLogRecord and getMessage.
import logging
import sys

calls = []


class Expensive:
    def __init__(self, name):
        self.name = name

    def __str__(self):
        calls.append(self.name)
        return "<%s>" % self.name


handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(levelname)-8s|%(name)s|%(message)s"))
log = logging.getLogger("lazy")
log.addHandler(handler)
log.setLevel(logging.INFO)
log.propagate = False

log.debug("debug %s", Expensive("d"))
log.info("info %s", Expensive("i"))
print("formatted:", calls)
log.info("no args but %s stays")
log.info("dict args: %(a)s and %(b)d", {"a": "x", "b": 7})
log.warning("%s + %s = %s", 1, 2, 3)
log.log(logging.ERROR, "via log(): %r", "quoted")
print(log.isEnabledFor(logging.DEBUG), log.isEnabledFor(logging.CRITICAL))

logging.disable(logging.WARNING)
log.warning("disabled %s", Expensive("w"))
log.error("still shown %s", Expensive("e"))
logging.disable(logging.NOTSET)
print("formatted:", calls)

logging.addLevelName(25, "NOTICE")
log.log(25, "custom level %d", 25)
print(logging.getLevelName(25), logging.getLevelName("NOTICE"), logging.getLevelName(33))
for value in (10, "INFO", 1.5, "NOPE"):
    try:
        log.setLevel(value)
        print("level", log.level)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
log.setLevel(logging.DEBUG)


class Tagged(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["tag"], msg), kwargs


adapter = Tagged(log, {"tag": "req-7"})
adapter.info("handled in %d ms", 12)
adapter.debug("adapter level follows the logger")
print(adapter.isEnabledFor(logging.DEBUG), adapter.getEffectiveLevel(), repr(adapter))

rec = logging.makeLogRecord({"msg": "%s-%s", "args": ("a", "b"), "levelno": 30, "name": "made"})
print(rec.getMessage(), rec.levelno, rec.name, rec.levelname)
extra = logging.StreamHandler(sys.stdout)
extra.setFormatter(logging.Formatter("%(user)s did %(message)s"))
log.removeHandler(handler)
log.addHandler(extra)
log.info("login", extra={"user": "ann"})
try:
    log.info("x", extra={"message": "clash"})
except KeyError as e:
    print(type(e).__name__, e)
