# Traceback objects: e.__traceback__ and sys.exc_info()[2], tb_next/tb_lineno/tb_frame.f_code.co_name, traceback.format_tb with limits.
import sys, traceback
def inner(x):
    return 10 // x
def outer(x):
    return inner(x) + 1
try:
    outer(0)
except ZeroDivisionError as e:
    tb = e.__traceback__
    t, v, tb2 = sys.exc_info()
    print(tb is not None, v is e, tb2 is tb)
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
    for entry in traceback.format_tb(e.__traceback__):
        print(entry.splitlines()[0].replace(__file__, "FILE"), "|", entry.splitlines()[1].strip())
    print(len(traceback.format_tb(e.__traceback__, limit=1)), len(traceback.format_tb(e.__traceback__, limit=-1)))
print(ValueError("never raised").__traceback__)
def handler():
    try:
        {}["k"]
    except KeyError:
        return sys.exc_info()[2].tb_frame.f_code.co_name
print(handler())
