# Condition.wait_for: predicate result, timeouts, with RLock held recursively.
import threading

cond = threading.Condition()
items = []

def producer():
    for i in range(5):
        with cond:
            items.append(i)
            cond.notify()

with cond:
    t = threading.Thread(target=producer)
    t.start()
    got = cond.wait_for(lambda: len(items) >= 5, timeout=10)
    print("wait_for result:", got, items)
t.join()

with cond:
    print("predicate already true:", cond.wait_for(lambda: "yes"))
    print("times out:", cond.wait_for(lambda: len(items) > 99, timeout=0.05))
    print("zero timeout:", cond.wait_for(lambda: 0, timeout=0))
    print("returns last value:", repr(cond.wait_for(lambda: [], timeout=0.01)))

# The default lock is an RLock: wait releases every level and restores them.
rl = threading.RLock()
c = threading.Condition(rl)
box = []
def setter():
    with c:
        box.append(rl._is_owned())
        c.notify()
with rl:
    with c:
        t = threading.Thread(target=setter)
        t.start()
        print(c.wait_for(lambda: box, timeout=10), rl._is_owned())
    print("still owned:", rl._is_owned())
t.join()
print("owned after:", rl._is_owned())
