# contextvars in threads: a new thread starts in an empty context, copy_context().run carries values, tokens reset once.
import contextvars, threading
from concurrent.futures import ThreadPoolExecutor

request_id = contextvars.ContextVar("request_id", default="none")
user = contextvars.ContextVar("user")

def handler(tag):
    return (tag, request_id.get(), user.get("anon"))

request_id.set("main-req")
user.set("alice")
out = []
t = threading.Thread(target=lambda: out.append(handler("plain-thread")))
t.start(); t.join()
print(out)
ctx = contextvars.copy_context()
t = threading.Thread(target=lambda: out.append(ctx.run(handler, "ctx-run")))
t.start(); t.join()
print(out[-1])
def set_inside():
    request_id.set("inner")
    return request_id.get()
c2 = contextvars.copy_context()
print(c2.run(set_inside), request_id.get(), c2[request_id])
print(request_id in c2, len(c2) >= 2, sorted(v.name for v in c2.keys()))
with ThreadPoolExecutor(2) as ex:
    print(ex.submit(handler, "pool").result())
    c3 = contextvars.copy_context()
    print(ex.submit(c3.run, handler, "pool-ctx").result())
tok = request_id.set("temp")
request_id.reset(tok)
print(request_id.get())
try:
    request_id.reset(tok)
except RuntimeError as e:
    print("RuntimeError", str(e).split(" at ")[0], str(e).split(">")[-1])
print(repr(request_id).startswith("<ContextVar name='request_id' default='none'"))
try:
    c2.run(c2.run, handler, "x")
except RuntimeError as e:
    print("RuntimeError", str(e).split(" at ")[0], str(e).split(">")[-1])
