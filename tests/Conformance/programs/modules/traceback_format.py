# traceback.format_exc, print_exc, format_exception, format_exception_only and print_exception on chained errors.
import os, traceback, sys

# Tracebacks name this file by its full path; print it relative so the output does not depend on the checkout.
HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


def show(text):
    print(text.replace(HERE, ""))


def captured(write):
    out = Capture()
    write(out)
    show("".join(out.parts))


def inner():
    raise ValueError("bad value")
def outer():
    try:
        inner()
    except ValueError as e:
        raise RuntimeError("wrapped") from e
try:
    outer()
except RuntimeError:
    show(traceback.format_exc())
    captured(lambda out: traceback.print_exc(file=out))
try:
    raise KeyError("k")
except KeyError as e:
    lines = traceback.format_exception(e)
    show("".join(lines))
    print(traceback.format_exception_only(type(e), e))
    captured(lambda out: traceback.print_exception(type(e), e, e.__traceback__, file=out))
print(traceback.format_exc())
