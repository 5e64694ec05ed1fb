# traceback's FrameSummary and StackSummary: extract_tb, extract_stack, format_list, print_list, format_stack,
# walk_tb, limits, tuple unpacking and comparison, and the "[Previous line repeated]" summary.
import sys
import traceback


def inner():
    return traceback.extract_stack()


def outer():
    return inner()


st = outer()
print([(f.name, f.lineno, f.line) for f in st][-2:])


def fail(n):
    if n == 0:
        raise KeyError("k")
    fail(n - 1)


try:
    fail(2)
except KeyError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print(len(tb), [f.name for f in tb], tb[-1].line, repr(tb[0]).split(",")[1:])
    for filename, lineno, name, line in tb:
        print(lineno, name, line)
    print("".join(traceback.format_list(tb)).replace(__file__, "F"), end="")
    print(traceback.extract_tb(e.__traceback__, limit=1)[0].name, traceback.extract_tb(e.__traceback__, limit=-1)[0].name)
    print([lineno for _, lineno in traceback.walk_tb(e.__traceback__)])
    print(traceback.FrameSummary("f.py", 3, "g", line="x = 1") == ("f.py", 3, "g", "x = 1"))
    traceback.print_list(traceback.StackSummary.from_list([("a.py", 1, "h", "pass")]), file=sys.stdout)


def deep(n):
    if n == 0:
        return traceback.format_stack()
    return deep(n - 1)


def show():
    print("".join(deep(6)[-8:]).replace(__file__, "F"), end="")


show()
