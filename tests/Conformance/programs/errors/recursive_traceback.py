# Tracebacks through recursion: typed entries (a guessed int parameter), a function passed as an argument,
# a method, and hidden frames of C-implemented library code (functools.lru_cache's wrapper, reduce).
import functools


class Walker:
    def down(self, n):
        if n == 0:
            raise LookupError("bottom")
        return self.down(n - 1)


def fail(n):
    if n == 0:
        raise KeyError("k")
    fail(n - 1)


def via(f, n):
    if n == 0:
        return f(3)
    return via(f, n - 1)


def h(x):
    if x > 2:
        raise ValueError(x)
    return h(x + 1)


@functools.lru_cache(maxsize=None)
def cached(n):
    if n == 3:
        raise ArithmeticError("three")
    return cached(n + 1)


def divide(a, b):
    return a / b


for thunk in (lambda: fail(2), lambda: via(h, 2), lambda: Walker().down(2), lambda: cached(0)):
    try:
        thunk()
    except Exception as e:
        frames = []
        tb = e.__traceback__
        while tb is not None:
            frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        print(type(e).__name__, frames)
functools.reduce(divide, [1, 0])
