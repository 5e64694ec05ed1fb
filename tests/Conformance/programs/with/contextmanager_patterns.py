# contextlib.contextmanager patterns: timing-free stopwatch with fake clock, indentation printer, changing directories in memory, error translation.
from contextlib import contextmanager
class Printer:
    def __init__(self):
        self.level = 0
    @contextmanager
    def indent(self, title):
        self.say(title + " {")
        self.level += 1
        try:
            yield self
        finally:
            self.level -= 1
            self.say("}")
    def say(self, text):
        print("    " * self.level + text)
p = Printer()
with p.indent("class A"):
    p.say("x = 1")
    with p.indent("def f(self)"):
        p.say("return x")
p.say("done")
class NotFound(Exception):
    pass
@contextmanager
def translate_errors(what):
    try:
        yield
    except KeyError as e:
        raise NotFound(f"{what} {e} not found") from None
users = {"ann": 1}
try:
    with translate_errors("user"):
        users["bob"]
except NotFound as e:
    print("NotFound:", e, e.__cause__, e.__suppress_context__)
@contextmanager
def collect():
    items = []
    yield items
    print("  collected:", items)
with collect() as bucket:
    bucket.append(1)
    bucket.extend([2, 3])
@contextmanager
def cwd(stack, path):
    stack.append(path)
    try:
        yield "/".join(stack)
    finally:
        stack.pop()
dirs = ["root"]
with cwd(dirs, "src") as here:
    print(here)
    with cwd(dirs, "lib") as deeper:
        print(deeper)
    print("/".join(dirs))
print(dirs)
@contextmanager
def no_yield_twice():
    yield 1
    yield 2
try:
    with no_yield_twice():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
