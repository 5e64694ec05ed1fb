# float(), int() and ord() of values of every kind are exact floats and ints: typed results whatever the argument.
from enum import IntEnum
class Color(IntEnum):
    RED = 1
class F(float):
    pass
class I(int):
    pass
class HasFloat:
    def __float__(self):
        return 2.5
    def __int__(self):
        return 7
    def __index__(self):
        return 7
def conv(values):
    out = []
    for v in values:
        a = float(v)
        b = int(v) if not isinstance(v, str) or v.isdigit() else int(v, 16)
        out.append((a + 1, b * 2, type(a).__name__, type(b).__name__))
    return out
print(conv([Color.RED, F(1.5), I(3), True, "12", HasFloat(), 2 ** 70, -0.0]))
def codes(s):
    total = 0
    for c in s:
        total += ord(c) * 2
    return total
print(codes("hello"), int("ff", 16) + 1, float("inf") * 2, float("nan") != float("nan"))
try:
    print(float("x"))
except ValueError as e:
    print(e)
try:
    print(int(2.5e300 * 1e10))
except OverflowError as e:
    print(e)
