# The default excepthook: "Exception in thread NAME:" and the exception, on stderr; SystemExit is silent.
import sys
import threading

def quit_quietly():
    sys.exit(2)

t = threading.Thread(target=quit_quietly, name="quiet")
t.start()
t.join()
print("SystemExit in a thread is silent; alive:", t.is_alive())

# Called directly with exceptions that were never raised: no traceback lines.
threading.excepthook(threading.ExceptHookArgs((ValueError, ValueError("bad value"), None, t)))
threading.excepthook(threading.ExceptHookArgs((KeyError, KeyError("key"), None, None)) if False else
                     threading.ExceptHookArgs((RuntimeError, RuntimeError("no thread object"), None, threading.main_thread())))
threading.__excepthook__(threading.ExceptHookArgs((SystemExit, SystemExit(1), None, t)))

class Custom(Exception):
    pass

threading.excepthook(threading.ExceptHookArgs((Custom, Custom("custom", 2), None, t)))
sys.stderr.flush()
print("done")
