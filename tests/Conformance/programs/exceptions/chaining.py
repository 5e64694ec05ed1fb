# Exception chaining: raise ... from ..., implicit __context__, from None suppressing context, __cause__ inspection.
class ConfigError(Exception):
    pass
def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad config value {text!r}") from e
try:
    load("abc")
except ConfigError as e:
    print("caught:", e)
    print("cause:", repr(e.__cause__), "| suppress:", e.__suppress_context__)
    print("context is cause:", e.__context__ is e.__cause__)
def implicit():
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("while handling")
try:
    implicit()
except RuntimeError as e:
    print("caught:", e, "| cause:", e.__cause__, "| context:", repr(e.__context__))
def hidden():
    try:
        [][0]
    except IndexError:
        raise ValueError("clean") from None
try:
    hidden()
except ValueError as e:
    print("caught:", e, e.__cause__, repr(e.__context__), e.__suppress_context__)
def chain3():
    try:
        try:
            1 / 0
        except ZeroDivisionError as z:
            raise KeyError("level2") from z
    except KeyError as k:
        raise TypeError("level3") from k
try:
    chain3()
except TypeError as e:
    cur = e
    while cur is not None:
        print(" ", type(cur).__name__, cur)
        cur = cur.__cause__
err = ValueError("x")
print(err.__cause__, err.__context__, err.__traceback__)
