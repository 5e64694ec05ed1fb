# try ... except* (PEP 654): each handler gets the matching part, the rest goes on to the next handlers.
import sys


def describe(label, body):
    try:
        body()
    except BaseException as e:
        print(f"{label}: escaped {e!r}")
    else:
        print(f"{label}: nothing escaped")


def two_handlers():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print("  ValueError part:", repr(e), type(e).__name__)
    except* TypeError as e:
        print("  TypeError part:", repr(e))


describe("two handlers", two_handlers)


def partial():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2), OSError(3)])
    except* ValueError:
        print("  handled ValueError")


describe("unmatched rest", partial)


def naked():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("  wrapped:", repr(e), e.exceptions[0] is not None, repr(e.message))
        print("  exc_info is the group:", sys.exc_info()[1] is e)


describe("naked exception", naked)


def naked_unmatched():
    try:
        raise KeyError("k")
    except* ValueError:
        print("  not reached")


describe("naked unmatched", naked_unmatched)


def tuple_and_order():
    try:
        raise ExceptionGroup("eg", [KeyError(1), IndexError(2), ZeroDivisionError(3)])
    except* (KeyError, ZeroDivisionError) as e:
        print("  tuple part:", repr(e))
    except* LookupError as e:
        print("  LookupError part:", repr(e))
    except* Exception as e:
        print("  not reached", e)


describe("tuple types", tuple_and_order)


def nested_structure():
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
    except* ValueError as e:
        print("  structure kept:", repr(e))
    except* TypeError as e:
        print("  TypeError:", repr(e))


describe("nested groups", nested_structure)


def else_finally(fail):
    try:
        if fail:
            raise ExceptionGroup("eg", [OSError("disk")])
        print("  body ran")
    except* OSError as e:
        print("  handler:", repr(e))
    else:
        print("  else ran")
    finally:
        print("  finally ran")


describe("no exception", lambda: else_finally(False))
describe("with exception", lambda: else_finally(True))


def finally_with_rest():
    try:
        raise ExceptionGroup("eg", [OSError("a"), KeyError("b")])
    except* OSError:
        print("  handled OSError")
    finally:
        print("  finally sees:", repr(sys.exc_info()[1]))


describe("finally with rest", finally_with_rest)


def name_unbound():
    try:
        raise ExceptionGroup("eg", [ValueError()])
    except* ValueError as err:
        print("  bound:", type(err).__name__)
    try:
        err
    except NameError as e:
        print("  after the handler:", type(e).__name__, e)


describe("name unbound", name_unbound)

evaluated = []


def type_of(t):
    evaluated.append(t.__name__)
    return t


def lazy_types():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* type_of(ValueError):
        print("  handled")
    except* type_of(TypeError):
        print("  not reached")


describe("handler types", lazy_types)
print("types evaluated:", evaluated)


def catching_group_type():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        print("  not reached")


describe("except* ExceptionGroup", catching_group_type)


def catching_group_in_tuple():
    try:
        raise ValueError(1)
    except* (ValueError, BaseExceptionGroup):
        print("  not reached")


describe("except* tuple with group", catching_group_in_tuple)


def catching_non_exception():
    try:
        raise ValueError(1)
    except* int:
        print("  not reached")


describe("except* int", catching_non_exception)


def no_exception_no_check():
    try:
        pass
    except* ExceptionGroup:
        print("  not reached")
    print("  an unused handler is never checked")


describe("unchecked", no_exception_no_check)


def in_loop():
    total = 0
    for i in range(4):
        try:
            if i % 2:
                raise ExceptionGroup("odd", [ValueError(i)])
            total += i
        except* ValueError as e:
            total += 10 * e.exceptions[0].args[0]
    return total


print("in a loop:", in_loop())


def base_exceptions():
    try:
        raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(1)])
    except* KeyboardInterrupt as e:
        print("  interrupt part:", repr(e), type(e).__name__)
    except* ValueError as e:
        print("  value part:", repr(e), type(e).__name__)


describe("base exceptions", base_exceptions)


def outer_except():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
        except* ValueError:
            print("  inner handled ValueError")
    except* TypeError as e:
        print("  outer got:", repr(e))


describe("nested statements", outer_except)


async def coroutine():
    try:
        raise ExceptionGroup("async", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("  async handler:", repr(e))
    except* TypeError as e:
        print("  async handler:", repr(e))
    return "done"


def run_coroutine():
    c = coroutine()
    try:
        c.send(None)
    except StopIteration as s:
        print("  coroutine returned", s.value)


describe("coroutine", run_coroutine)


def generator():
    try:
        yield 1
        raise ExceptionGroup("gen", [KeyError("x")])
    except* KeyError as e:
        yield repr(e)


print("generator:", list(generator()))
