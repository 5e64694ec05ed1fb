# A thread not started by threading (_thread.start_new_thread) appears as a daemon _DummyThread.
import _thread
import threading

done = threading.Event()
info = []

def body(a, b=0):
    t = threading.current_thread()
    info.append((a + b, t.name, type(t).__name__, t.daemon, t.is_alive(), t.ident == threading.get_ident()))
    info.append(t in threading.enumerate())
    done.set()

_thread.start_new_thread(body, (1,), {"b": 2})
done.wait()
print(info)
print(threading.Thread(target=print).name)   # the Dummy-N counter is shared with Thread-N
for bad in ((1, ()), (body, [1]), (body, (1,), 5)):
    try:
        _thread.start_new_thread(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(_thread.get_ident() == threading.get_ident(), _thread.error is RuntimeError)
print(_thread.allocate_lock is threading.Lock, type(threading.Lock()).__name__)
