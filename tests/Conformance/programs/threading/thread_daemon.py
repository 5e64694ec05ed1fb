# daemon flag: default from the creating thread, argument, setter, and the error after start.
import threading

print(threading.current_thread().daemon)
t = threading.Thread(target=lambda: None)
t.daemon = False
print(t.daemon)
t.daemon = True
t.daemon = False
print(t.daemon)
t2 = threading.Thread(target=lambda: None, daemon=True)
print(t2.daemon)

inherited = []
def spawn():
    inner = threading.Thread(target=lambda: None)
    inherited.append(inner.daemon)
    inner2 = threading.Thread(target=lambda: None, daemon=False)
    inherited.append(inner2.daemon)

d = threading.Thread(target=spawn, daemon=True)
d.start()
d.join()
print(inherited)

go = threading.Event()
running = threading.Thread(target=go.wait)
running.start()
try:
    running.daemon = True
except RuntimeError as e:
    print(type(e).__name__, e)
go.set()
running.join()
try:
    running.daemon = True
except RuntimeError as e:
    print(type(e).__name__, e)
print(running.daemon)
t.daemon = False
print(t.daemon)
