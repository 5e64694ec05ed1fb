# traceback.format_exc, print_exc, format_exception, format_exception_only and print_exception on chained errors.
import traceback, sys
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
    print(traceback.format_exc())
    traceback.print_exc(file=sys.stdout)
try:
    raise KeyError("k")
except KeyError as e:
    lines = traceback.format_exception(e)
    print("".join(lines))
    print(traceback.format_exception_only(type(e), e))
    traceback.print_exception(type(e), e, e.__traceback__, file=sys.stdout)
print(traceback.format_exc())
