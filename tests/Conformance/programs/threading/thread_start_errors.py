# start twice, join before start, join the current thread, group argument.
import threading

t = threading.Thread(target=lambda: None)
try:
    t.join()
except RuntimeError as e:
    print(type(e).__name__, e)
t.start()
try:
    t.start()
except RuntimeError as e:
    print(type(e).__name__, e)
t.join()
try:
    t.start()
except RuntimeError as e:
    print(type(e).__name__, e)

try:
    threading.current_thread().join()
except RuntimeError as e:
    print(type(e).__name__, e)

errors = []
def join_self():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        errors.append(str(e))

s = threading.Thread(target=join_self)
s.start()
s.join()
print(errors)

try:
    threading.Thread(group=object())
except AssertionError as e:
    print(type(e).__name__, e)

try:
    threading.Thread(None, None, None, (), None, None)
except TypeError as e:
    print(type(e).__name__, e)
