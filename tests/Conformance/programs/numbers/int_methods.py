# int methods and bit operations: bit_length, bit_count, to_bytes/from_bytes, shifts of negatives.
for n in (0, 1, 7, 8, 255, 256, -1, -8, 1023, 2 ** 31):
    print(n, n.bit_length(), bin(n), n.bit_count())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (-2).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\xff\xfe", "big"), int.from_bytes(b"\xff\xfe", "little"),
      int.from_bytes(b"\xff\xfe", "big", signed=True))
try:
    (300).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print(-5 >> 1, -1 >> 10, 5 >> 1, -5 << 2, 1 << 100)
print(-6 & 0xFF, -6 | 1, -6 ^ 3, ~0, ~-1, ~5)
print(0b1010 & 0b0110, 0b1010 | 0b0110, 0b1010 ^ 0b0110)
print((17).as_integer_ratio(), (17).numerator, (17).denominator, (17).real, (17).imag)
print((5).conjugate(), int.__name__)
print(abs(-12), -(-12), +(-12))
flags = 0
for bit in (0, 3, 5):
    flags |= 1 << bit
print(flags, bin(flags), [b for b in range(8) if flags & (1 << b)])
flags &= ~(1 << 3)
print(flags, bin(flags))
print(max(range(10), key=lambda v: (v * 7) % 10))
print(sum(range(1, 101)), sum(range(0, 10 ** 6, 3)))
