# A daemon heartbeat thread that never ends does not keep the program alive; a non-daemon worker is
# joined at exit; daemon inherits from the creating thread.
import threading
import time

beats = []
stop_seen = threading.Event()
first_beat = threading.Event()


def heartbeat():
    while True:
        beats.append(time.monotonic())
        first_beat.set()
        time.sleep(0.005)


hb = threading.Thread(target=heartbeat, name="heartbeat", daemon=True)
hb.start()
first_beat.wait()
print(hb.daemon, hb.is_alive(), len(beats) >= 1)


def child_kind():
    inner = threading.Thread(target=lambda: None)
    return inner.daemon


results = []
d = threading.Thread(target=lambda: results.append(("daemon parent", child_kind())), daemon=True)
n = threading.Thread(target=lambda: results.append(("normal parent", child_kind())))
d.start(); d.join()
n.start(); n.join()
print(sorted(results))


def late_worker():
    time.sleep(0.02)
    print("non-daemon worker finished before exit")


w = threading.Thread(target=late_worker)
w.start()
try:
    hb.daemon = False
except RuntimeError as e:
    print("RuntimeError", e)
print("main thread done; heartbeat still alive:", hb.is_alive())
