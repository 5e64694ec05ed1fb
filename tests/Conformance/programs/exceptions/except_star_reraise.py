# What leaves a try ... except* statement (CPython's _PyExc_PrepReraiseStar): the unmatched rest, parts re-raised
# with a bare raise (keeping the original nesting), and new exceptions raised in handlers, combined in a group.


def run(label, body):
    try:
        body()
    except BaseException as e:
        print(f"{label}:")
        print("  ", repr(e))
        return e
    print(f"{label}: nothing escaped")


def bare_reraise_all():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("inner", [ValueError(2)])])
    except* ValueError:
        raise


original = None


def bare_reraise_keeps_nesting():
    global original
    try:
        original = ExceptionGroup("eg", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)]), KeyError(4)])
        raise original
    except* ValueError:
        raise
    except* TypeError:
        raise


def raise_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")


def raise_new_and_rest():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise KeyError("from value")
    except* TypeError:
        raise


def raise_matched_by_name():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e


def two_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("one")
    except* TypeError:
        raise RuntimeError("two")


def naked_raise_new():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise TypeError("replacement")


def naked_bare_reraise():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise


def handler_raises_group():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise ExceptionGroup("from handler", [OSError(5)])


def runtime_error_in_handler():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError:
        {}["missing"]


def full_match_reraise():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* Exception:
        raise


run("bare raise of everything", bare_reraise_all)
e = run("bare raises keep the nesting", bare_reraise_keeps_nesting)
print("   a new object:", e is not original, "same leaves:", e.exceptions[0] is original.exceptions[0])
e = run("new exception in a handler", raise_new)
print("   context of the new one:", repr(e.exceptions[0].__context__))
e = run("new exception and the rest", raise_new_and_rest)
run("raise e of the matched part", raise_matched_by_name)
e = run("two handlers raise", two_new)
print("   contexts:", [repr(x.__context__) for x in e.exceptions])
e = run("naked, handler raises", naked_raise_new)
print("   context:", repr(e.__context__))
e = run("naked, bare raise", naked_bare_reraise)
run("handler raises a group", handler_raises_group)
e = run("runtime error in a handler", runtime_error_in_handler)
print("   context:", repr(e.exceptions[0].__context__))
run("full match re-raised", full_match_reraise)


def notes_and_cause():
    try:
        g = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
        g.add_note("original note")
        raise g from OSError("cause")
    except* ValueError:
        raise


e = run("re-raise keeps cause and notes", notes_and_cause)
print("  ", repr(e.__cause__), e.__notes__)


def interrupt_in_handler():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyboardInterrupt()


e = run("BaseException from a handler", interrupt_in_handler)
print("   type:", type(e).__name__)


def outer():
    try:
        raise_new_and_rest()
    except* KeyError as e:
        print("   outer KeyError part:", repr(e))
    except* OSError as e:
        print("   outer OSError part:", repr(e))


run("caught again by an outer except*", outer)
