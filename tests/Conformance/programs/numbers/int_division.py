# Floor division, modulo and divmod with negative operands, for ints and floats.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (1, 5), (-1, 5), (100, 7), (-100, 7)]
for a, b in pairs:
    print(f"{a} // {b} = {a // b}, {a} % {b} = {a % b}, divmod = {divmod(a, b)}")
    assert (a // b) * b + a % b == a

fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-0.5, 1), (5.0, 0.3)]
for a, b in fpairs:
    print(a, b, a // b, a % b, divmod(a, b))

print(7 / 2, -7 / 2, 6 / 3, 1 / 3, 2 / 3)
print(10 / 4, 10 // 4, 10.0 // 4)
print(-0.0 % 5, 0.0 % -5)
print(2 ** -1, 2 ** -2, (-2) ** 3, (-2) ** 2, -2 ** 2)
print(int(7 / 2), round(7 / 2), round(-7 / 2))
for n in range(-6, 7, 3):
    print(n, n % 3, n % -3, n // 3, n // -3)
print(divmod(-17, 5), divmod(17, -5))
print(pow(-2, 3), pow(2, 3, 5), pow(-2, 3, 5))
try:
    print(1 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(divmod(1.5, 0.0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
