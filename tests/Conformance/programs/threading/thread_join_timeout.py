# join(timeout) returns while the thread is still alive; join() later waits for the end.
import threading

release = threading.Event()
started = threading.Event()

def blocked():
    started.set()
    release.wait()

t = threading.Thread(target=blocked)
t.start()
started.wait()
print(t.join(timeout=0.05))
print("alive after timed join:", t.is_alive())
t.join(0)
print("alive after join(0):", t.is_alive())
t.join(-1)
print("alive after join(-1):", t.is_alive())
release.set()
t.join()
print("alive after join():", t.is_alive())
t.join()
t.join(1)
print("joined again")

quick = threading.Thread(target=lambda: None)
quick.start()
quick.join(timeout=30)
print(quick.is_alive())
