# sys.excepthook: the hook is called for the exception that ends the program (with the class and the
# exception), not for a thread's (threading.excepthook gets that), and a failing hook prints its own
# error and then the original exception.
import sys
import threading

print(sys.excepthook is sys.__excepthook__, callable(sys.excepthook))


def quiet(exc_type, exc, tb):
    print("quiet hook:", exc_type.__name__, exc)


def failing(exc_type, exc, tb):
    print("failing hook:", exc_type.__name__, exc)
    raise RuntimeError("the hook failed")


def boom():
    raise KeyError("from a thread")


def thread_hook(args):
    print("thread hook:", args.exc_type.__name__, args.exc_value, args.thread.name)


sys.excepthook = quiet
threading.excepthook = thread_hook
t = threading.Thread(target=boom, name="worker")
t.start()
t.join()
sys.excepthook = failing
print(sys.excepthook is sys.__excepthook__)
raise ValueError("ends the program")
