# Condition: wait/notify/notify_all with handshakes; notify(n) wakes n waiters.
import threading

cond = threading.Condition()
ready = 0
state = {"go": 0}
woken = []

def waiter(i):
    global ready
    with cond:
        ready += 1
        cond.notify_all()            # tell the main thread one more is waiting
        while state["go"] <= len(woken) and not state.get("all"):
            cond.wait()
        woken.append(i)

threads = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
with cond:
    while ready < 5:
        cond.wait()
    print("all waiting")
    state["go"] = 2
    cond.notify(2)
with cond:
    while len(woken) < 2:
        cond.wait(0.01)
    print("woken after notify(2):", len(woken))
    state["all"] = True
    cond.notify_all()
for t in threads:
    t.join()
print("woken total:", len(woken), sorted(woken))

# wait returns True when notified, False on timeout.
c2 = threading.Condition(threading.Lock())
with c2:
    print("timed out:", c2.wait(0.02))
result = []
flag = threading.Event()
def notifier():
    flag.wait()
    with c2:
        c2.notify()
with c2:
    t = threading.Thread(target=notifier)
    t.start()
    flag.set()
    result.append(c2.wait(10))
t.join()
print("notified:", result)
with c2:
    c2.notify()       # nobody waiting: no effect
    c2.notify_all()
print("ok")
