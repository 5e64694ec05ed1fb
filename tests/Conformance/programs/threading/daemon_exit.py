# Daemon threads do not keep the program alive; non-daemon threads are joined at exit.
import threading

forever = threading.Event()

def stuck():
    forever.wait()

for i in range(3):
    threading.Thread(target=stuck, daemon=True, name=f"daemon-{i}").start()

last = threading.Event()
def finisher():
    last.wait()
    print("non-daemon thread finishes after the main module")

t = threading.Thread(target=finisher)
t.start()
print("daemons alive:", sum(1 for th in threading.enumerate() if th.daemon))
print("main module done")
last.set()
