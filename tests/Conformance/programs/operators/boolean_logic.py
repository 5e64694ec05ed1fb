# and/or/not return operand values, short-circuit evaluation, truthiness of objects and containers.
print(0 or 5, 3 or 5, 0 and 5, 3 and 5, "" or "default", [] or {} or None, None and 1)
print(not 0, not [], not "x", not None, (not 1) == False)
def noisy(name, value):
    print("  eval", name)
    return value
print(noisy("a", 0) and noisy("b", 1))
print(noisy("a", 1) and noisy("b", 2))
print(noisy("a", 0) or noisy("b", 0) or noisy("c", "last"))
print(noisy("a", "first") or noisy("b", 1))
class Box:
    def __init__(self, items):
        self.items = items
    def __bool__(self):
        print("  __bool__ called")
        return bool(self.items)
class Sized:
    def __len__(self):
        return 0
print(bool(Box([])), bool(Box([1])), bool(Sized()), bool(object()))
if not Box([]):
    print("empty box")
result = Box([1]) and "box is full"
print(result)
name = ""
display = name or "anonymous"
print(display)
config = {"debug": 0}
level = config.get("level") or config.get("debug") or 1
print(level)
x = 7
print(x > 5 and x < 10, x < 5 or x > 6, not (x == 7))
print(True and False or True, True or False and False, not True or True)
for v in [0, 0.0, 0j, "", (), [], {}, set(), range(0), None, False, 1, "0", [[]], (0,)]:
    print(repr(v), bool(v))
