# set_result/set_exception on a done future raise InvalidStateError "STATE: repr".
import re
from concurrent.futures import Future, InvalidStateError
from concurrent.futures._base import Error


def mask(text):
    return re.sub(r"0x[0-9a-f]+", "ADDR", str(text))


def attempt(label, action):
    try:
        action()
        print(label, "ok")
    except InvalidStateError as e:
        print(label, type(e).__name__, isinstance(e, Error), mask(e))


f = Future()
f.set_result(1)
attempt("result twice", lambda: f.set_result(2))
attempt("exception after result", lambda: f.set_exception(ValueError("x")))
print(f.result())

g = Future()
g.set_exception(ValueError("first"))
attempt("result after exception", lambda: g.set_result(3))
attempt("exception twice", lambda: g.set_exception(KeyError("second")))
print(type(g.exception()).__name__, g.exception())

h = Future()
h.cancel()
attempt("result after cancel", lambda: h.set_result(4))
h.set_running_or_notify_cancel()
attempt("exception after notify", lambda: h.set_exception(TypeError()))

r = Future()
r.set_running_or_notify_cancel()
attempt("result while running", lambda: r.set_result(5))
print(r.result())
