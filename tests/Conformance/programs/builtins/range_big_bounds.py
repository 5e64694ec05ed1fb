# range() with bounds or a length beyond 64 bits: len() raises OverflowError only when the length does not fit.
r = range(2**70)
print(r, r.start, r.stop, r.step, 2**69 in r, -1 in r, r[5], r[-1], r[2**3])
try:
    len(r)
except OverflowError as e:
    print("OverflowError", e)
b = range(2**64, 2**64 + 3)
print(len(b), list(b), b[0], b[-1], 2**64 + 1 in b, b.index(2**64 + 2), b.count(2**64), list(reversed(b)))
print(range(-2**63, 2**63, 2**62), len(range(-2**63, 2**63, 2**62)), list(range(-2**63, 2**63, 2**62)))
print(range(0, 2**65, 2**64) == range(0, 2**65 + 1, 2**64), hash(range(2**64, 2**64+1)) == hash(range(2**64, 2**64+1)))
print(range(10, 2**80, -1), len(range(10, 2**80, -1)), list(range(2**64 + 2, 2**64 - 1, -1)))
for i in range(2**64, 2**64 + 2):
    print(i)
try:
    range(2**64)[2**70]
except IndexError as e:
    print("IndexError", e)
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    range(2**64, 2**65, 0)
except ValueError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
print(list(range(True, 3)), range(5)[True], list(enumerate("ab", True)))
print(sum(range(2**64, 2**64 + 4)), max(range(2**63 - 2, 2**63 + 2)))
print(range(2**64)[-2**63])
