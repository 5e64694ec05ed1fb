# with statement details: __exit__ order for multiple managers, exception raised in __enter__, exception replaced in __exit__.
class M:
    def __init__(self, name, fail_enter=False, swallow=False, replace=False):
        self.name, self.fail_enter, self.swallow, self.replace = name, fail_enter, swallow, replace
    def __enter__(self):
        print(f"  enter {self.name}")
        if self.fail_enter:
            raise RuntimeError(f"{self.name} failed to enter")
        return self.name
    def __exit__(self, et, ev, tb):
        print(f"  exit {self.name} with {et.__name__ if et else None}")
        if self.replace and et:
            raise ValueError(f"{self.name} replaced {et.__name__}")
        return self.swallow
print("1: normal nesting")
with M("a") as a, M("b") as b, M("c") as c:
    print("  body", a, b, c)
print("2: exception unwinds all")
try:
    with M("a"), M("b"):
        raise KeyError("k")
except KeyError as e:
    print("  caught", repr(e))
print("3: inner manager swallows")
with M("outer"):
    with M("inner", swallow=True):
        raise KeyError("swallowed")
    print("  after inner with")
print("4: enter fails, only earlier managers exit")
try:
    with M("first"), M("second", fail_enter=True), M("third"):
        print("  never")
except RuntimeError as e:
    print("  caught", e)
print("5: exit replaces the exception")
try:
    with M("r", replace=True):
        1 / 0
except ValueError as e:
    print("  caught", e, "| context:", type(e.__context__).__name__)
print("6: return inside with still exits")
def f():
    with M("f"):
        return "value"
print(" ", f())
