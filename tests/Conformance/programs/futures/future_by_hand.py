# Futures completed by hand: set_result/set_exception/cancel state rules, InvalidStateError, wait() and timeouts on them.
from concurrent.futures import Future, InvalidStateError, CancelledError, wait, FIRST_COMPLETED
import concurrent.futures as cf

f = Future()
print(f.done(), f.running(), f.cancelled())
calls = []
f.add_done_callback(lambda fut: calls.append(("cb", fut.result())))
f.set_result(42)
print(f.result(), f.exception(), calls)
try:
    f.set_result(1)
except InvalidStateError as e:
    print("InvalidStateError", str(e).split(" at ")[0])
try:
    f.set_exception(ValueError("x"))
except InvalidStateError as e:
    print("InvalidStateError", str(e).split(" at ")[0])

g = Future()
g.set_exception(ZeroDivisionError("div"))
print(type(g.exception()).__name__, g.exception())
try:
    g.result()
except ZeroDivisionError as e:
    print("raised", e)

h = Future()
print(h.cancel(), h.cancelled(), h.done())
try:
    h.result()
except CancelledError as e:
    print("CancelledError", repr(e))
try:
    h.set_result(3)
except InvalidStateError as e:
    print("InvalidStateError", str(e).split(" at ")[0])

k = Future()
print(k.set_running_or_notify_cancel(), k.running(), k.cancel())
k.set_result("ok")
print(k.result())

m = Future()
m.cancel()
print(m.set_running_or_notify_cancel())
done, not_done = wait([f, g, h, Future()], timeout=0.01)
print(len(done), len(not_done), type(done).__name__)
r = wait([f], return_when=FIRST_COMPLETED)
print(r.done == {f}, r.not_done == set(), type(r).__name__)
try:
    k.result(timeout=-1)
    print("ok negative timeout on done future")
except Exception as e:
    print(type(e).__name__, e)
n = Future()
try:
    n.result(timeout=0)
except TimeoutError as e:
    print("TimeoutError", type(e) is cf.TimeoutError, repr(e))
try:
    n.exception(timeout=0.01)
except TimeoutError as e:
    print("TimeoutError", repr(e))
