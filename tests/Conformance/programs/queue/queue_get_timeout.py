# get with block/timeout: Empty after the timeout, ValueError for a negative one, get resumes after put.
import queue
import threading

q = queue.Queue()
for label, call in (("get_nowait", q.get_nowait), ("get(False)", lambda: q.get(False)),
                    ("get(timeout=0.02)", lambda: q.get(timeout=0.02)),
                    ("get(timeout=0)", lambda: q.get(timeout=0)),
                    ("get(False, -5)", lambda: q.get(False, -5))):
    try:
        call()
    except queue.Empty as e:
        print(label, "->", type(e).__name__, repr(e))
try:
    q.get(timeout=-0.5)
except ValueError as e:
    print(type(e).__name__, e)

entered = threading.Event()
got = []
def getter():
    entered.set()
    got.append(q.get(timeout=30))
t = threading.Thread(target=getter)
t.start()
entered.wait()
q.put("hello")
t.join()
print(got)
print(queue.Empty.__module__, queue.Empty.__name__, issubclass(queue.Empty, Exception))
try:
    raise queue.Empty("custom message")
except queue.Empty as e:
    print(type(e).__name__, e)
