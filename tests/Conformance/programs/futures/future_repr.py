# repr(Future) in every state, with the address masked.
import re
from concurrent.futures import Future


def show(f):
    print(re.sub(r"at 0x[0-9a-f]+", "at ADDR", repr(f)))


class Point:
    pass


f = Future()
show(f)
f.set_running_or_notify_cancel()
show(f)
f.set_result(42)
show(f)

for value in ["text", 1.5, None, [1], {"a": 1}, (1, 2), Point(), True]:
    g = Future()
    g.set_result(value)
    show(g)

e = Future()
e.set_exception(ZeroDivisionError("x"))
show(e)

c = Future()
c.cancel()
show(c)
c.set_running_or_notify_cancel()
show(c)
print(str(c) == repr(c))
