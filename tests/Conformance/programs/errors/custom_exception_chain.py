# Custom exceptions with raise-from chaining, else/finally, traceback.format_exc, and an uncaught custom error.
import traceback
import sys

class AppError(Exception):
    """Base application error."""
class ConfigError(AppError):
    def __init__(self, key, reason="missing"):
        super().__init__(key, reason)
        self.key = key
    def __str__(self):
        return f"config key {self.key!r}: {self.args[1]}"
class RetryError(AppError):
    pass

def load(cfg, key):
    try:
        return cfg[key]
    except KeyError as e:
        raise ConfigError(key) from e

def parse_port(cfg):
    try:
        return int(load(cfg, "port"))
    except ValueError:
        raise ConfigError("port", "not a number")

for cfg in [{"port": "8080"}, {}, {"port": "http"}]:
    try:
        print("port", parse_port(cfg))
    except ConfigError as e:
        print(type(e).__name__, e, repr(e), e.args)
        print(" cause:", repr(e.__cause__), "context:", repr(e.__context__), e.__suppress_context__)

def risky(n):
    if n == 0:
        raise ZeroDivisionError("n is zero")
    return 10 / n

results = []
for n in [2, 0, 5]:
    try:
        r = risky(n)
    except ZeroDivisionError as e:
        results.append(f"err:{e}")
    else:
        results.append(r)
    finally:
        results.append("|")
print(results)

try:
    try:
        [][1]
    except IndexError:
        {}["k"]
except KeyError as e:
    print("chained:", repr(e), type(e.__context__).__name__, e.__context__)

try:
    raise RetryError("x") from None
except AppError as e:
    print(e.__cause__, e.__suppress_context__, isinstance(e, Exception), AppError.__doc__)

def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())

errs = []
for exc in (TypeError, ValueError, KeyError, IndexError, AttributeError, ZeroDivisionError):
    try:
        raise exc("msg")
    except (TypeError, ValueError) as e:
        errs.append(("tv", type(e).__name__))
    except LookupError as e:
        errs.append(("lookup", str(e)))
    except Exception as e:
        errs.append(("other", e.__class__.__name__))
print(errs)

try:
    int("abc")
except ValueError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    [1, 2].index(3)
except ValueError as e:
    print(e)
try:
    x = undefined_name
except NameError as e:
    print(e)
try:
    assert 1 > 2, "math broke"
except AssertionError as e:
    print("assert:", e)
try:
    raise ConfigError("db")
except AppError:
    tb = traceback.format_exc()
    print(tb.splitlines()[-1])
def deep(n):
    if n == 0:
        raise RuntimeError("bottom")
    deep(n - 1)
try:
    deep(3)
except RuntimeError as e:
    print(traceback.format_exc().splitlines()[-1])
print(BaseException.__subclasses__ is not None, issubclass(KeyError, LookupError), KeyError.__mro__)
raise ConfigError("final", "fatal")
