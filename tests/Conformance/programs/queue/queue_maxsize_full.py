# Queue(maxsize): Full on non-blocking and timed puts, blocked put resumes after get.
import queue
import threading

q = queue.Queue(maxsize=2)
q.put("a")
q.put("b")
print(q.full(), q.qsize())
for label, call in (("put_nowait", lambda: q.put_nowait("c")),
                    ("put block=False", lambda: q.put("c", block=False)),
                    ("put timeout", lambda: q.put("c", timeout=0.02)),
                    ("put False, timeout ignored", lambda: q.put("c", False, 100))):
    try:
        call()
    except queue.Full as e:
        print(label, "->", type(e).__name__, repr(e))
try:
    q.put("c", timeout=-1)
except ValueError as e:
    print(type(e).__name__, e)

entered = threading.Event()
def blocked_put():
    entered.set()
    q.put("c")

t = threading.Thread(target=blocked_put)
t.start()
entered.wait()
print(q.get())
t.join()
print([q.get() for _ in range(2)], q.empty())
print(issubclass(queue.Full, Exception), queue.Full.__module__)
