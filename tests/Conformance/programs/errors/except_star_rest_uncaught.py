# The unmatched rest of an except* statement leaves with the original traceback (the frames it passed through,
# then the callers it propagates to), and a naked exception nobody matched leaves unwrapped.


def inner():
    raise ExceptionGroup("batch", [ValueError(1), OSError("disk full"), ExceptionGroup("sub", [OSError("net")])])


def middle():
    try:
        inner()
    except* ValueError as e:
        print("handled", repr(e))


def outer():
    try:
        middle()
    except* KeyError:
        print("not reached")


try:
    try:
        raise IndexError("naked")
    except* KeyError:
        print("not reached")
except IndexError as e:
    print("naked left unwrapped:", repr(e))

outer()
