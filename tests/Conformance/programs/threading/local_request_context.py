# threading.local as a per-thread request context read deep in the call stack; worker threads of a
# pool keep their local between tasks; the main thread's value is untouched.
import threading
from concurrent.futures import ThreadPoolExecutor

context = threading.local()
context.user = "main-user"


def current_user():
    return getattr(context, "user", "<anonymous>")


def audit(action):
    return "%s did %s" % (current_user(), action)


def handle(request_id, user):
    context.user = user
    context.requests = getattr(context, "requests", 0) + 1
    return audit("request %d" % request_id), context.requests


lines = []
lines_lock = threading.Lock()


def serve(user, ids, ready):
    for rid in ids:
        line, n = handle(rid, user)
        with lines_lock:
            lines.append((line, n))
    ready.wait()
    with lines_lock:
        lines.append((audit("logout"), context.requests))


ready = threading.Event()
threads = [threading.Thread(target=serve, args=(u, ids, ready))
           for u, ids in (("alice", [1, 2]), ("bob", [3]), ("carol", [4, 5, 6]))]
for t in threads:
    t.start()
ready.set()
for t in threads:
    t.join()
for line in sorted(lines):
    print(line)
print("main:", current_user(), hasattr(context, "requests"))


def fresh():
    return current_user(), hasattr(context, "requests")


t = threading.Thread(target=lambda: print("new thread:", fresh()))
t.start()
t.join()

with ThreadPoolExecutor(max_workers=1) as pool:
    print(pool.submit(handle, 10, "dave").result())
    print(pool.submit(fresh).result())           # same worker thread: the local persists
    print(pool.submit(handle, 11, "erin").result())


class Defaults(threading.local):
    def __init__(self, tag):
        self.tag = tag
        self.items = []


state = Defaults("init")
state.items.append("main")


def use_defaults():
    state.items.append(threading.current_thread().name)
    return state.tag, state.items


worker = threading.Thread(target=lambda: print(use_defaults()), name="W")
worker.start()
worker.join()
print(state.items)
try:
    del context.missing
except AttributeError as e:
    print("AttributeError", e)
