# Truthiness of custom objects: __bool__ preferred over __len__, default True, and use in if/while/and/or/not.
class Empty:
    pass
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print(f"  __len__ -> {self.n}")
        return self.n
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print(f"  __bool__ -> {self.on}")
        return self.on
    def __len__(self):
        print("  __len__ (never used for truth)")
        return 99
print(bool(Empty()), bool(Sized(0)), bool(Sized(3)), bool(Flag(False)), bool(Flag(True)))
print("and:", Flag(True) and "second")
print("or:", Flag(False) or "fallback")
print("not:", not Sized(0))
queue = Sized(2)
steps = 0
while queue:
    queue.n -= 1
    steps += 1
print("steps", steps)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class NegativeLen:
    def __len__(self):
        return -1
try:
    bool(NegativeLen())
except ValueError as e:
    print("ValueError:", e)
print([x for x in [Sized(0), Sized(1), Empty()] if x].__len__())
