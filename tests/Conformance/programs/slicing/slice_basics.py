# Slicing sequences: start/stop/step, negatives, out-of-range bounds, reversal, and slice objects.
s = "abcdefghij"
lst = list(range(10))
for sl in [(None, None, None), (2, 5, None), (None, 3, None), (7, None, None), (-3, None, None),
           (None, -3, None), (None, None, 2), (1, None, 3), (None, None, -1), (8, 2, -2), (-1, -4, -1),
           (100, 200, None), (-100, 3, None), (5, 2, None), (None, None, -3), (3, 3, None)]:
    obj = slice(*sl)
    print(sl, s[obj], lst[obj])
print(s[::-1], s[-1], s[-10], lst[-2:], lst[:-8])
sl = slice(1, 8, 2)
print(sl, sl.start, sl.stop, sl.step, sl.indices(5), slice(None, None, -1).indices(4))
print((1, 2, 3, 4)[1:3], range(10)[2:8:3], b"bytes"[1:3], bytearray(b"xyz")[::-1])
try:
    lst[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
print(repr(s[10:]), s[3:1], s[-2:-5:-1])
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(m[1:], m[::2], [row[::-1] for row in m], [row[1] for row in m])
print(range(0, 20, 3)[::-1], list(range(0, 20, 3)[::-1]), range(10)[-3:])
