# A custom threading.excepthook receives exc_type, exc_value, exc_traceback and thread.
import threading

caught = []

def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name, len(args)))

print(threading.excepthook is threading.__excepthook__)
threading.excepthook = hook

def fail(msg):
    raise ValueError(msg)

class Bad(threading.Thread):
    def run(self):
        {}["missing"]

threads = [threading.Thread(target=fail, args=("boom",), name="t1"), Bad(name="t2"),
           threading.Thread(target=lambda: 1 / 0, name="t3")]
for t in threads:
    t.start()
    t.join()
for c in caught:
    print(c)

# SystemExit reaches the hook too (the default one ignores it).
def leave():
    raise SystemExit(3)
t = threading.Thread(target=leave, name="t4")
t.start()
t.join()
print(caught[-1])

threading.excepthook = threading.__excepthook__
print(threading.excepthook is threading.__excepthook__)
args = threading.ExceptHookArgs((KeyError, KeyError("k"), None, None))
print(args.exc_type, args.exc_value, args.exc_traceback, args.thread)
print(type(args).__name__ in ("ExceptHookArgs", "_ExceptHookArgs"), len(args), tuple(args)[0])
print("after threads")
