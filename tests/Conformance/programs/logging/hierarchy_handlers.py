# The logger tree: parents, propagation, effective levels, handler levels, formatter styles, filters.
import logging
import sys

root = logging.getLogger()
print(root is logging.root, root.name, logging.getLevelName(root.level))
a = logging.getLogger("a")
abc = logging.getLogger("a.b.c")
ab = logging.getLogger("a.b")
print(abc.parent is ab, ab.parent is a, a.parent is root)
print(logging.getLogger("a.b") is ab, a.getChild("b") is ab, a.getChild("b.c") is abc)

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("[%(name)s] %(levelname)s: %(message)s"))
a.addHandler(out)
a.setLevel(logging.INFO)
print(abc.getEffectiveLevel(), ab.isEnabledFor(logging.DEBUG), ab.isEnabledFor(logging.INFO))
abc.info("from %s", "a.b.c")
abc.debug("not shown")

brace = logging.StreamHandler(sys.stdout)
brace.setFormatter(logging.Formatter("{levelname:>8} {name} -> {message}", style="{"))
brace.setLevel(logging.WARNING)
ab.addHandler(brace)
abc.info("only the a handler")
abc.warning("both handlers: %d", 2)

ab.propagate = False
abc.error("only the brace handler")
ab.propagate = True
ab.removeHandler(brace)

dollar = logging.StreamHandler(sys.stdout)
dollar.setFormatter(logging.Formatter("$levelname/$name/$message", style="$"))
a.addHandler(dollar)


class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 0


dollar.addFilter(OnlyEven())
for n in range(4):
    a.info("n=%d", n)
a.removeHandler(dollar)

name_filter = logging.Filter("a.b")
out.addFilter(name_filter)
a.info("filtered out (a is not under a.b)")
ab.info("kept (a.b)")
abc.info("kept (a.b.c)")
out.removeFilter(name_filter)

try:
    logging.Formatter("%(message", style="%").format(logging.makeLogRecord({"msg": "x"}))
except Exception as e:
    print(type(e).__name__, e)
try:
    logging.Formatter("x", style="@")
except ValueError as e:
    print(type(e).__name__, e)
try:
    logging.Formatter("{bad", style="{")
except ValueError as e:
    print(type(e).__name__, e)
print(a.handlers == [out], ab.handlers, a.hasHandlers(), logging.getLogger("z").hasHandlers())
print(repr(a), repr(abc), repr(out))
print(sorted(n for n in logging.root.manager.loggerDict if n.startswith("a")))
print(type(logging.root.manager.loggerDict["a.b"]).__name__)
logging.getLogger("p.q.r")
print(type(logging.root.manager.loggerDict["p.q"]).__name__)
