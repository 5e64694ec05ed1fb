# A failing initializer breaks the pool: BrokenThreadPool for queued and later work, logged on stderr.
import sys
from concurrent.futures import ThreadPoolExecutor, BrokenExecutor
from concurrent.futures.thread import BrokenThreadPool


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def flush(self):
        pass


def init():
    raise OSError("cannot initialize")


capture = Capture()
saved = sys.stderr
sys.stderr = capture
try:
    ex = ThreadPoolExecutor(max_workers=1, initializer=init)
    f = ex.submit(pow, 2, 10)
    try:
        f.result()
    except BrokenThreadPool as e:
        print(type(e).__name__, e)
        print(isinstance(e, BrokenExecutor), isinstance(e, RuntimeError))
    print(type(f.exception()).__name__)
    try:
        ex.submit(pow, 2, 3)
    except BrokenExecutor as e:
        print("submit:", type(e).__name__, e)
    print(ex._broken)
    ex.shutdown()
finally:
    sys.stderr = saved

lines = "".join(capture.parts).splitlines()
print(lines[0])
print(lines[1])
print(lines[-1])
