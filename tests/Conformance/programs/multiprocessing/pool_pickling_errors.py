# Arguments and functions travel with pickle's rules: lambdas and local functions fail as in CPython.
import multiprocessing as mp
import re


def outer():
    def inner(x):
        return x
    return inner


def ident(x):
    return x


def strip_address(text):
    return re.sub(r" at 0x[0-9a-f]+", "", text)


if __name__ == "__main__":
    with mp.Pool(2) as pool:
        for f in (lambda x: x, outer()):
            try:
                pool.map(f, [1, 2])
            except Exception as e:
                print(type(e).__name__, strip_address(str(e)))
        try:
            pool.apply(ident, (lambda: 1,))
        except Exception as e:
            print(type(e).__name__, strip_address(str(e)))
        r = pool.apply_async(outer())
        try:
            r.get()
        except Exception as e:
            print(type(e).__name__, strip_address(str(e)))
        print(pool.apply(ident, ((1, [2, {"k": (3,)}]),)))
        print(pool.map(ident, [len, ident, int]) == [len, ident, int])
