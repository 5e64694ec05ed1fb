# A raise on a rarely taken branch of functions called often enough to be optimized: each traceback names the
# line that raised, not a neighbouring one.
import traceback


def check(n):
    if n == 150000:
        raise ValueError("bad item %d" % n)
    return n


def scaled(n):
    if n == 150001:
        raise KeyError(n) from None
    return n * 10


def caller(fn, limit):
    for i in range(limit):
        fn(i)


for fn in (check, scaled):
    try:
        caller(fn, 150003)
    except (ValueError, KeyError):
        traceback.print_exc()
print("done")
scaled(150001)
