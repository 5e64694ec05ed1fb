# Custom exception hierarchies, chaining, notes, groups, and str/repr of builtin exceptions with odd args (UnicodeDecodeError, OSError with a filename, ModuleNotFoundError.name).
class AppError(Exception):
    def __init__(self, msg, code=1):
        super().__init__(msg); self.code = code
class DbError(AppError): pass
class NotFound(DbError):
    def __str__(self): return f"not found: {self.args[0]}"
for exc in [AppError("x"), DbError("y", 5), NotFound("z")]:
    try:
        raise exc
    except NotFound as e:
        print("NF", e, e.code, repr(e))
    except DbError as e:
        print("DB", e, e.code, repr(e))
    except AppError as e:
        print("App", e, e.args)
try:
    try:
        int("abc")
    except ValueError as e:
        raise AppError("conversion failed") from e
except AppError as e:
    print(e, "| cause:", repr(e.__cause__), "| ctx:", repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("k") from None
except KeyError as e:
    print(repr(e), e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
e = ValueError("base"); e.add_note("note one"); e.add_note("note two"); print(e.__notes__)
print(str(KeyError("a")), str(KeyError()), str(KeyError("a", "b")), repr(OSError(2, "No such")), str(OSError(2, "No such")))
print(str(ValueError()), repr(ValueError()), str(ValueError(1, 2)), repr(Exception("a", 1)), str(Exception(None)))
print(repr(StopIteration(5)), StopIteration(5).value, repr(SystemExit(3)), SystemExit(3).code)
print(str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")))
print(repr(FileNotFoundError(2, "No such file", "x.txt")), str(FileNotFoundError(2, "No such file", "x.txt")))
try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg:
    print("values", eg.exceptions, repr(eg))
except* TypeError as eg:
    print("types", eg.exceptions)
eg = ExceptionGroup("grp", [KeyError("a"), ExceptionGroup("inner", [IndexError(0)])])
print(eg, len(eg.exceptions), eg.subgroup(lambda e: isinstance(e, IndexError)))
m, r = eg.split(KeyError); print(m, "|", r)
print(repr(BaseExceptionGroup("b", [KeyboardInterrupt()])), type(ExceptionGroup("e", [ValueError()])).__name__)
def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1: continue
            if i == 2: break
        finally:
            print("fin", i)
g()
try:
    raise TypeError
except TypeError as e:
    print(repr(e), e.args)
print(issubclass(NotFound, Exception), NotFound.__mro__[1].__name__, [c.__name__ for c in NotFound.__mro__])
try:
    {}["missing"]
except LookupError as e:
    print(type(e).__name__, e)
try:
    [][5]
except IndexError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e, e.name if hasattr(e, "name") else "")
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    int("12x")
except ValueError as e: print(e)
try:
    float("abc")
except ValueError as e: print(e)
try:
    import nonexistent_mod
except ModuleNotFoundError as e: print(e, e.name)
try:
    x = undefined_name
except NameError as e: print(e)
try:
    (1).foo = 2
except AttributeError as e: print(e)
try:
    len(5)
except TypeError as e: print(e)
try:
    [1, 2].index(9)
except ValueError as e: print(e)
try:
    {1}.remove(2)
except KeyError as e: print(repr(e))
try:
    try:
        raise NotFound("item")
    finally:
        print("last finally")
except AppError as e:
    print("outer", e)
