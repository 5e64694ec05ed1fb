# __enter__/__exit__ implemented by hand, plus __iter__/__next__ and __bool__ on one resource-like class.
class Resource:
    def __init__(self, name):
        self.name = name
        self.open = False
        self.lines = []
    def __enter__(self):
        print(f"  open {self.name}")
        self.open = True
        return self
    def __exit__(self, exc_type, exc, tb):
        print(f"  close {self.name}, exc_type={exc_type.__name__ if exc_type else None}, exc={exc!r}")
        self.open = False
        return False
    def write(self, line):
        if not self.open:
            raise RuntimeError("resource closed")
        self.lines.append(line)
    def __bool__(self):
        return self.open
    def __iter__(self):
        self._i = 0
        return self
    def __next__(self):
        if self._i >= len(self.lines):
            raise StopIteration
        self._i += 1
        return self.lines[self._i - 1]
with Resource("log") as r:
    r.write("first")
    r.write("second")
    print("  inside:", bool(r))
print("after:", bool(r), list(r))
try:
    r.write("late")
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    with Resource("db") as r2:
        r2.write("x")
        raise KeyError("missing")
except KeyError as e:
    print("KeyError escaped:", e)
with Resource("a") as a, Resource("b") as b:
    print("  both open:", bool(a), bool(b))
