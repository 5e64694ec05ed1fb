# set_running_or_notify_cancel on a running or finished future: RuntimeError, and a critical log line.
import re
import sys
from concurrent.futures import Future


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def flush(self):
        pass


capture = Capture()
saved = sys.stderr
sys.stderr = capture
try:
    f = Future()
    print(f.set_running_or_notify_cancel())
    try:
        f.set_running_or_notify_cancel()
    except RuntimeError as e:
        print(type(e).__name__, e)
    f.set_result(1)
    try:
        f.set_running_or_notify_cancel()
    except RuntimeError as e:
        print(type(e).__name__, e)
    g = Future()
    g.cancel()
    print(g.set_running_or_notify_cancel())
    try:
        g.set_running_or_notify_cancel()
    except RuntimeError as e:
        print(type(e).__name__, e)
finally:
    sys.stderr = saved
for line in "".join(capture.parts).splitlines():
    print(re.sub(r"Future \d+ ", "Future ID ", line))
