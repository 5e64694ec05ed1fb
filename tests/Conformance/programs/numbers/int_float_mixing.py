# Mixed int/float/bool/complex arithmetic: result types, true division of big ints, comparisons across types, overflow to float.
values = [3, 2.0, True, 1 + 1j]
for a in values:
    row = []
    for b in values:
        r = a + b
        row.append(f"{type(r).__name__}")
    print(type(a).__name__, row)
print(type(3 * 2.0).__name__, type(3 // 2.0).__name__, type(3 ** 2).__name__, type(3 ** -1).__name__, type(4 / 2).__name__)
big = 10 ** 30
print(big / 10 ** 10, big // 10 ** 10, (big + 1) / big, big * 1.0, float(big) == big)
print(2 ** 1023 * 1.0, (2 ** 1024 - 1) // 2 ** 1000)
try:
    float(2 ** 1024)
except OverflowError as e:
    print("OverflowError:", e)
try:
    2 ** 1024 / 1
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 16 + 1 == 1e16 + 1, 10 ** 16 + 1 > 1e16, 2 ** 53 + 1 > float(2 ** 53))
print(1 == 1.0 == True, 0.5 == 1 / 2, 1 / 3 == 0.3333333333333333, -7 // 2.0, -7 % 2.0)
print(sum([1, 2.5, True]), max(1, 1.0), max(1.0, 1), min(0, False), sorted([2, 1.5, True, 0]))
print(abs(-7 // 2), int(-7 / 2), round(-7 / 2), -(-7 // 2))
print(7 .bit_length(), 1.5.hex(), (3).__add__(4), (3).__truediv__(2), (2.0).__rpow__(3))
