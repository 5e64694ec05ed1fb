# warnings.warn: "file:line: Category: message" and the source line on stderr, once per location by
# default (also across threads), stacklevel, the default filters, catch_warnings, error and ignore filters.
import threading
import warnings


def same():
    warnings.warn("same text")


def numbered(n):
    warnings.warn(f"numbered {n}")


def helper():
    warnings.warn("blames the caller", stacklevel=2)


def in_thread():
    for _ in range(3):
        same()
    numbered(1)


t = threading.Thread(target=in_thread)
t.start()
t.join()
for _ in range(2):
    same()
numbered(2)
helper()
warnings.warn("deep", stacklevel=10)
warnings.warn("deprecated in __main__", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn(RuntimeWarning("an instance"))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    same()
    same()
print(len(caught), [str(w.message) for w in caught], caught[0].category.__name__, caught[0].lineno)

with warnings.catch_warnings():
    warnings.filterwarnings("error", message="fatal")
    try:
        warnings.warn("fatal thing")
    except UserWarning as e:
        print("raised", type(e).__name__, e)
    warnings.simplefilter("ignore")
    warnings.warn("hidden")

try:
    warnings.warn("bad category", int)
except TypeError as e:
    print("TypeError:", e)

print(repr(warnings.formatwarning("msg", RuntimeWarning, "file.py", 7, line="  code()  ")))
warnings.showwarning("shown", UserWarning, "x.py", 3, line="")
print("done")
