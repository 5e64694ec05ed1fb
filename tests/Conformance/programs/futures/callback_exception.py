# An exception in a done callback is logged on stderr ("exception calling callback for <Future ...>")
# and the other callbacks still run. The log is captured here to print it with the address masked.
import re
import sys
from concurrent.futures import Future


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass


def bad(fut):
    raise ValueError("callback failed for %r" % fut.result())


calls = []
capture = Capture()
saved = sys.stderr
sys.stderr = capture
try:
    f = Future()
    f.add_done_callback(bad)
    f.add_done_callback(lambda fut: calls.append("second"))
    f.set_result(7)
    # On a done future the callback runs at once; its exception is logged the same way.
    f.add_done_callback(bad)
    f.add_done_callback(lambda fut: calls.append("third"))
finally:
    sys.stderr = saved

print(calls)
lines = "".join(capture.parts).splitlines()
print(sum(1 for line in lines if line.startswith("exception calling callback")))
for line in lines:
    if not line.startswith(" "):
        print(re.sub(r"0x[0-9a-f]+", "ADDR", line))
print(f.result())
