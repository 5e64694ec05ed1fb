# stack_size and TIMEOUT_MAX.
import threading

print(threading.TIMEOUT_MAX)
print(threading.stack_size())
for size in (100, -1, 32767):
    try:
        threading.stack_size(size)
    except ValueError as e:
        print(type(e).__name__, e)
print(threading.stack_size(1 << 20))
print(threading.stack_size(65536))
out = []
t = threading.Thread(target=lambda: out.append(sum(range(100))))
t.start()
t.join()
print(out)
print(threading.stack_size(0))
print(threading.stack_size())
lock = threading.Lock()
print(lock.acquire(timeout=threading.TIMEOUT_MAX))
lock.release()
try:
    lock.acquire(timeout=threading.TIMEOUT_MAX * 2)
except OverflowError as e:
    print(type(e).__name__, e)
print(threading.ThreadError is RuntimeError)
