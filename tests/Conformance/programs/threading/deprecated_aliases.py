# Deprecated camelCase aliases (isSet, notifyAll, currentThread, getName, setName, isDaemon, activeCount) warn once per line from __main__.
import threading

ev = threading.Event()
ev.set()
print(ev.isSet())
c = threading.Condition()
with c:
    c.notifyAll()
print(threading.currentThread().getName(), threading.activeCount())

def in_thread():
    me = threading.currentThread()
    me.setName("renamed")
    print(me.getName(), me.isDaemon())

t = threading.Thread(target=in_thread)
t.start(); t.join()
for i in range(2):
    print(ev.isSet())
