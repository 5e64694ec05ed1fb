# traceback.format_exception and print_exception of exception groups: the nested boxes, tracebacks inside them,
# chained exceptions, notes, and the max_group_width limit.
import sys
import traceback


class Out:
    """Writes to stdout with this file's path shortened (expected outputs hold no absolute paths)."""

    def write(self, text):
        sys.stdout.write(text.replace(__file__, "FILE"))


out = Out()


def fail(exc):
    raise exc


def collect(*excs):
    caught = []
    for exc in excs:
        try:
            fail(exc)
        except Exception as e:
            caught.append(e)
    return caught


def grouped():
    raise ExceptionGroup("many", collect(ValueError("v"), KeyError("k")))


try:
    grouped()
except ExceptionGroup as e:
    out.write("".join(traceback.format_exception(e)))

print("---- never raised")
print("".join(traceback.format_exception(ExceptionGroup("plain", [ValueError(1), TypeError(2)]))), end="")

print("---- nested, with notes")
inner = ExceptionGroup("inner", [OSError("disk"), KeyError("key")])
inner.add_note("inner note")
outer = ExceptionGroup("outer", [ValueError(1), inner])
outer.add_note("outer note")
traceback.print_exception(outer, file=out)

print("---- chained member")
try:
    try:
        fail(KeyError("first"))
    except KeyError:
        fail(ValueError("second"))
except ValueError as e:
    chained = e
traceback.print_exception(ExceptionGroup("chain", [chained]), file=out)

print("---- group as a cause")
try:
    try:
        raise ExceptionGroup("cause group", [TypeError("t")])
    except ExceptionGroup as g:
        raise RuntimeError("wrapper") from g
except RuntimeError as e:
    traceback.print_exception(e, file=out)

print("---- width limit")
wide = ExceptionGroup("wide", [ValueError(i) for i in range(17)])
lines = traceback.format_exception(wide)
print("".join(lines[-12:]), end="")

print("---- exception only")
print(traceback.format_exception_only(outer), end="")
print()

print("---- except* result")
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("x")
except ExceptionGroup as e:
    traceback.print_exception(e, file=out)
