# contextlib: @contextmanager with setup/teardown and exception handling, suppress, closing, nullcontext, ExitStack.
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout
import io
@contextmanager
def section(title):
    print(f"== {title} ==")
    try:
        yield title.lower()
    except ZeroDivisionError as e:
        print("  handled inside manager:", e)
    finally:
        print(f"== end {title} ==")
with section("Setup") as s:
    print("  body with", s)
with section("Math"):
    print(1 / 0)
print("continues")
@contextmanager
def temporary(d, key, value):
    old = d.get(key)
    d[key] = value
    try:
        yield d
    finally:
        if old is None:
            del d[key]
        else:
            d[key] = old
settings = {"mode": "normal"}
with temporary(settings, "mode", "debug"):
    print(" inside:", settings)
print(" outside:", settings)
with suppress(FileNotFoundError, KeyError):
    {}["x"]
print("suppress worked")
class Conn:
    def close(self):
        print("  conn closed")
with closing(Conn()):
    print("  using conn")
with nullcontext(42) as n:
    print("nullcontext gives", n)
with ExitStack() as stack:
    for name in ["a", "b", "c"]:
        stack.enter_context(section(name))
    stack.callback(print, "  callback runs first")
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line")
print("captured:", repr(buf.getvalue()))
@contextmanager
def failing():
    yield
try:
    with failing():
        raise KeyError("propagates")
except KeyError as e:
    print("KeyError:", e)
