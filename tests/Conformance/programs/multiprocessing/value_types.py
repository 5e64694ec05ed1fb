# ctypes behaviour of Value/Array: integer widths wrap, conversions and errors.
import multiprocessing as mp


def attempt(label, f):
    try:
        print(label, f())
    except (TypeError, ValueError, IndexError, AttributeError) as e:
        print(label, type(e).__name__, e)


if __name__ == "__main__":
    print(mp.Value("i", 2 ** 31), mp.Value("b", 200), mp.Value("B", -1), mp.Value("h", 40000))
    print(mp.Value("I", -1), mp.Value("l", 2 ** 63), mp.Value("d", 3), mp.Value("c", b"x"))
    print(mp.Value("i"), mp.Value("d"), mp.Value("u", "z"))
    v = mp.Value("i", 1)
    attempt("float", lambda: setattr(v, "value", 1.5))
    attempt("str", lambda: setattr(v, "value", "3"))
    attempt("bool", lambda: (setattr(v, "value", True), v.value)[1])
    attempt("double str", lambda: mp.Value("d", "x"))
    attempt("bad code", lambda: mp.Value("z"))
    attempt("bool code", lambda: mp.Value("?"))
    a = mp.Array("i", [1, 2, 3])
    attempt("index", lambda: a[5])
    attempt("negative", lambda: a[-1])
    attempt("slice size", lambda: a.__setitem__(slice(0, 3), [1]))
    attempt("set str", lambda: a.__setitem__(0, "x"))
    attempt("lock object", lambda: mp.Value("i", 1, lock=5))
    print(type(v).__name__, type(a).__name__, type(mp.Value("i", lock=False)).__name__ != "Synchronized")
