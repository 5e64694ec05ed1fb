# Custom context managers: __enter__ return value, __exit__ receiving exceptions, suppression, and nesting order.
class Tag:
    depth = 0
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("  " * Tag.depth + f"<{self.name}>")
        Tag.depth += 1
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        Tag.depth -= 1
        print("  " * Tag.depth + f"</{self.name}>")
with Tag("html") as h:
    print("entered as", h)
    with Tag("body"), Tag("div") as d:
        print("    content in", d)
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            print(f"  suppressed {exc_type.__name__}: {exc}")
            self.caught = exc
            return True
        return False
with Suppress(KeyError, IndexError) as s:
    {}["nope"]
    print("not reached")
print("after suppress:", repr(s.caught))
try:
    with Suppress(KeyError):
        int("x")
except ValueError as e:
    print("ValueError passed through:", e)
class Transaction:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store
    def __exit__(self, exc_type, exc, tb):
        if exc_type:
            self.store.clear()
            self.store.update(self.snapshot)
            print("  rolled back because", exc)
        else:
            print("  committed")
        return exc_type is ValueError
data = {"a": 1}
with Transaction(data) as d:
    d["b"] = 2
print(data)
with Transaction(data) as d:
    d["c"] = 3
    raise ValueError("invalid c")
print(data)
def early():
    with Tag("func"):
        return "returned from inside with"
print(early())
for i in range(3):
    with Tag(f"loop{i}"):
        if i == 1:
            break
