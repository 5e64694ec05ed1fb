# complex: literals, arithmetic, repr, conjugate, abs, comparisons and cmath-free operations.
a = 3 + 4j
b = complex(1, -2)
print(a, b, repr(a), str(b))
print(a.real, a.imag, a.conjugate(), abs(a))
print(a + b, a - b, a * b, a / b)
print(a ** 2, (1j) ** 2, 1j * 1j)
print(a == complex(3, 4), a != b, 3 + 0j == 3)
print(complex("1+2j"), complex("-3.5j"), complex(2), complex(0, 0))
print(1j, -1j, 0j, 2.5j, complex(-0.0, 0.0))
print(type(a).__name__, isinstance(a, complex))
print(complex(1, 2) + 1, 1.5 * complex(2, 2))
print(sum([1 + 1j, 2 + 2j, 3 - 3j]))
print(f"{a}", f"{b!r}", "{:.2f}".format(a))
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
try:
    print(a / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(bool(0j), bool(1j), hash(3 + 0j) == hash(3))
z = complex(1, 1)
for _ in range(4):
    z = z * z
    print(z)
