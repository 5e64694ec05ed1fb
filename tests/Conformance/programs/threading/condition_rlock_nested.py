# Condition over an RLock held three levels deep: wait releases all levels and restores them.
import threading

rl = threading.RLock()
cond = threading.Condition(rl)
log = []

def other():
    with cond:                  # only possible if the waiter released every level
        log.append(("other", rl._is_owned()))
        cond.notify()

with rl:
    with rl:
        with cond:
            t = threading.Thread(target=other)
            t.start()
            cond.wait_for(lambda: log, timeout=10)
            log.append(("main", rl._is_owned()))
            rl.release()
            rl.release()
            log.append(("after two releases", rl._is_owned()))
            rl.acquire()
            rl.acquire()
t.join()
print(log)
print(rl._is_owned())
try:
    rl.release()
except RuntimeError as e:
    print(type(e).__name__, e)
