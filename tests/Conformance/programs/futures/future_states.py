# A standalone Future through its states: PENDING, RUNNING, FINISHED, and CANCELLED(_AND_NOTIFIED).
from concurrent.futures import Future


def show(label, f):
    print(label, f._state, f.done(), f.running(), f.cancelled())


f = Future()
show("new", f)
print("notify", f.set_running_or_notify_cancel())
show("running", f)
print("cancel while running", f.cancel())
f.set_result("ok")
show("finished", f)
print(f.result(), f.exception())
print("cancel finished", f.cancel())

g = Future()
print("cancel pending", g.cancel())
show("cancelled", g)
print("cancel again", g.cancel())
print("notify", g.set_running_or_notify_cancel())
show("notified", g)

h = Future()
h.set_exception(ValueError("no"))
show("failed", h)
print(type(h.exception()).__name__, h.exception())

i = Future()
i.set_result(None)
show("none result", i)
print(i.result())

j = Future()
j.set_exception(KeyError)
print(type(j.exception()).__name__, repr(j.exception()))
