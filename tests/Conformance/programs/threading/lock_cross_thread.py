# A Lock is not owned: another thread may release it; a waiter blocks until then.
import threading

lock = threading.Lock()
lock.acquire()
log = []
acquired = threading.Event()

def waiter():
    lock.acquire()
    log.append("waiter acquired")
    acquired.set()

def releaser():
    log.append("releaser releasing")
    lock.release()

w = threading.Thread(target=waiter)
w.start()
print("acquired while held:", acquired.wait(0.05))
r = threading.Thread(target=releaser)
r.start()
r.join()
w.join()
print(log)
print(lock.locked())
lock.release()

# Timed acquire in another thread fails while held, succeeds after.
lock.acquire()
res = []
t = threading.Thread(target=lambda: res.append(lock.acquire(timeout=0.02)))
t.start(); t.join()
lock.release()
t = threading.Thread(target=lambda: res.append(lock.acquire(timeout=5)))
t.start(); t.join()
print(res, lock.locked())
