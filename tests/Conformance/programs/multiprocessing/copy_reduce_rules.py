# Objects cross process boundaries with pickle's rules: __reduce__, __getstate__/__setstate__,
# slots, exceptions with their args, and unpicklable objects.
import multiprocessing as mp
import threading


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __reduce__(self):
        return (Point, (self.x * 10, self.y * 10))

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class Stateful:
    def __init__(self):
        self.a = 1
        self.cache = "big"

    def __getstate__(self):
        return {"a": self.a}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.restored = True


class Slotted:
    __slots__ = ("u", "v")

    def __init__(self):
        self.u = 1
        self.v = [2]


class MyError(Exception):
    pass


def echo(x):
    return x


def raise_custom():
    raise MyError("custom", 42)


if __name__ == "__main__":
    with mp.Pool(1) as pool:
        print(pool.apply(echo, (Point(1, 2),)))
        s = pool.apply(echo, (Stateful(),))
        print(sorted(vars(s).items()))
        sl = pool.apply(echo, (Slotted(),))
        print(sl.u, sl.v)
        try:
            pool.apply(raise_custom)
        except MyError as e:
            print(type(e).__name__, e.args)
        try:
            pool.apply(echo, (threading.Lock(),))
        except TypeError as e:
            print(type(e).__name__, e)
        try:
            pool.apply(echo, (mp.Queue(),))
        except RuntimeError as e:
            print(type(e).__name__, e)
        try:
            pool.apply(echo, (mp.Lock(),))
        except RuntimeError as e:
            print(type(e).__name__, e)
        print(pool.apply(echo, ((1, 2.5, "s", b"b", None, True, frozenset({3})),)))
