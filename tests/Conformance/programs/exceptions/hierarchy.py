# Builtin exception hierarchy: catching by base class, except order, __mro__ of common exceptions, issubclass.
cases = [
    lambda: 1 / 0,
    lambda: [][1],
    lambda: {}["k"],
    lambda: int("x"),
    lambda: None.attr,
    lambda: undefined_name,
    lambda: "a" + 1,
    lambda: next(iter([])),
    lambda: (2.0 ** 5000),
    lambda: import_missing(),
]
def import_missing():
    import no_such_module_here
for case in cases:
    try:
        case()
    except LookupError as e:
        print("LookupError branch:", type(e).__name__, e)
    except ArithmeticError as e:
        print("ArithmeticError branch:", type(e).__name__, e)
    except Exception as e:
        print("Exception branch:", type(e).__name__, e)
for cls in (ZeroDivisionError, KeyError, IndexError, ValueError, UnicodeDecodeError, FileNotFoundError,
            NotImplementedError, RecursionError, ModuleNotFoundError, StopIteration, KeyboardInterrupt, SystemExit):
    print(cls.__name__, [c.__name__ for c in cls.__mro__[1:]])
print(issubclass(KeyError, LookupError), issubclass(BrokenPipeError, OSError), issubclass(bool, Exception))
print(isinstance(ValueError(), Exception), isinstance(SystemExit(), Exception), isinstance(SystemExit(), BaseException))
try:
    raise KeyboardInterrupt
except Exception:
    print("not here")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
