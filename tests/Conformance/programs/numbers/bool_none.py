# bool as an int subclass, None, and their reprs, arithmetic and comparisons.
print(True, False, None)
print(True + True, True * 10, False - 1, True / 2, -True, ~True)
print(int(True), float(False), str(True), repr(None))
print(isinstance(True, int), issubclass(bool, int), type(True).__name__, type(None).__name__)
print(True == 1, False == 0, True is True, 1.0 == True)
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool(" "), bool([]), bool([0]), bool({}),
      bool(None), bool(()), bool(set()), bool(range(0)), bool(range(1)))
print(sum([True, True, False, True]))
print(True & False, True | False, True ^ True, True and 5, False or "x")
print(None is None, None == None, None != 0, not None)
d = {True: "yes", 1: "one"}
print(d)
print(["a", "b"][True], max(True, 2), sorted([True, False, 0, 1]))
def nothing():
    pass
print(nothing(), nothing() is None)
x = None
print("missing" if x is None else x)
print(bool.__name__, hash(True), hash(False), hash(None) == hash(None))
print(f"{True:>6}|{False!r}|{None!s}", "%s %d" % (True, True))
