# ExceptionGroup and BaseExceptionGroup (PEP 654): construction, validation, attributes, str and repr.


def attempt(label, make):
    try:
        value = make()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: {value!r}")


eg = ExceptionGroup("several problems", [ValueError(1), TypeError("two")])
print(repr(eg))
print(str(eg))
print(eg.message, eg.exceptions, type(eg.exceptions).__name__)
print(eg.args)
print(str(ExceptionGroup("one", (KeyError("k"),))))

print(ExceptionGroup.__mro__)
print(ExceptionGroup.__bases__, BaseExceptionGroup.__bases__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(isinstance(eg, BaseExceptionGroup), isinstance(eg, Exception), isinstance(eg, ExceptionGroup))

# BaseExceptionGroup picks ExceptionGroup when every member is an Exception.
print(type(BaseExceptionGroup("all exceptions", [ValueError(), OSError()])).__name__)
mixed = BaseExceptionGroup("mixed", [ValueError(), KeyboardInterrupt()])
print(type(mixed).__name__, isinstance(mixed, Exception), repr(mixed))

attempt("message not str", lambda: ExceptionGroup(1, [ValueError()]))
attempt("one argument", lambda: ExceptionGroup("m"))
attempt("three arguments", lambda: ExceptionGroup("m", [ValueError()], 3))
attempt("a set", lambda: ExceptionGroup("m", {ValueError()}))
attempt("a dict", lambda: ExceptionGroup("m", {1: ValueError()}))
attempt("a generator", lambda: ExceptionGroup("m", (e for e in [ValueError()])))
attempt("empty", lambda: ExceptionGroup("m", []))
attempt("not an exception", lambda: ExceptionGroup("m", [ValueError(), 2]))
attempt("an exception class", lambda: ExceptionGroup("m", [ValueError]))
attempt("a str", lambda: ExceptionGroup("m", "ab"))
attempt("BaseException inside", lambda: ExceptionGroup("m", [SystemExit(2)]))
attempt("keyword", lambda: ExceptionGroup("m", [ValueError()], x=1))
attempt("tuple ok", lambda: ExceptionGroup("m", (ValueError(3),)))

# Nested groups are members like any other exception.
nested = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), KeyError(3)])])
print(repr(nested))
print(str(nested), str(nested.exceptions[1]))


class MyGroup(ExceptionGroup):
    pass


mine = MyGroup("mine", [ValueError(5)])
print(type(mine).__name__, repr(mine), isinstance(mine, ExceptionGroup))
print(mine.message, mine.exceptions)

# Notes are kept and printed with the group.
eg.add_note("first note")
eg.add_note("second note")
print(eg.__notes__)
try:
    eg.add_note(42)
except TypeError as e:
    print("add_note:", e)

try:
    raise ExceptionGroup("raised", [ValueError("v")])
except ExceptionGroup as caught:
    print("caught with plain except:", repr(caught), caught.exceptions[0].args)
except Exception:
    print("not reached")

try:
    raise BaseExceptionGroup("base", [KeyboardInterrupt()])
except Exception:
    print("not reached")
except BaseExceptionGroup as caught:
    print("caught BaseExceptionGroup:", repr(caught))
