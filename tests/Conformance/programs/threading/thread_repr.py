# repr of Thread in each state; the ident is replaced since it differs between runs.
import re
import threading

def show(x):
    print(re.sub(r" \d+\)", " IDENT)", repr(x)))

go = threading.Event()
t = threading.Thread(target=go.wait, name="worker")
show(t)
t.start()
show(t)
go.set()
t.join()
show(t)

d = threading.Thread(target=lambda: None, name="d", daemon=True)
show(d)
d.start()
d.join()
show(d)

show(threading.main_thread())
show(threading.current_thread())

class Mine(threading.Thread):
    pass

m = Mine(name="mine")
show(m)
show(threading.Timer(1.0, print))
print(str(t) == repr(t))
