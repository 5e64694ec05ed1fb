# A task's exception is stored in its future and re-raised by result() as the same object.
import sys
from concurrent.futures import ThreadPoolExecutor


class AppError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code


def fail(kind):
    if kind == "value":
        raise ValueError("bad value")
    if kind == "key":
        return {}["missing"]
    if kind == "zero":
        return 1 // 0
    if kind == "app":
        raise AppError(42)
    if kind == "chained":
        try:
            raise KeyError("inner")
        except KeyError as e:
            raise RuntimeError("outer") from e
    return kind


with ThreadPoolExecutor(max_workers=2) as ex:
    for kind in ["value", "key", "zero", "app", "chained", "fine"]:
        f = ex.submit(fail, kind)
        exc = f.exception()
        print(kind, type(exc).__name__ if exc is not None else None, exc)
        try:
            print("result", f.result())
        except Exception as e:
            print("raised", type(e).__name__, e, e is exc)
            if isinstance(e, AppError):
                print("code", e.code)
            if e.__cause__ is not None:
                print("cause", type(e.__cause__).__name__, e.__cause__)
    # result() may be called again: the same exception object each time.
    f = ex.submit(fail, "value")
    first = second = None
    try:
        f.result()
    except ValueError as e:
        first = e
    try:
        f.result()
    except ValueError as e:
        second = e
    print(first is second, f.exception() is first)
    # BaseException subclasses are stored too.
    g = ex.submit(sys.exit, 3)
    print(type(g.exception()).__name__, g.exception().code)
