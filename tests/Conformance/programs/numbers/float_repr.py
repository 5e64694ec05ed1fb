# Float repr (shortest round-trip), str, scientific notation thresholds and special values.
values = [0.1, 0.2, 0.1 + 0.2, 1.0, 1.5, 100.0, 1e16, 1e15, 123456789.0, 1e-4, 1e-5,
          0.000123, 1 / 3, 2 / 3, 3.14159, -0.0, 5e-324, 1.7976931348623157e308,
          12345678901234567.0, 0.1 * 3, 1e22, 1e23, 9007199254740993.0]
for v in values:
    print(repr(v), str(v))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(float("1.5"), float("  -2.25  "), float("1e3"), float("inf"), float("-Infinity"), float("nan"))
print(float(10), float(-7), float(2 ** 60))
print(1.0.is_integer(), 1.5.is_integer())
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio())
print((255.5).hex(), float.fromhex("0x1.8p1"))
print(3.0 * 1.1, 1.1 * 1.1, 2.675 * 100)
print(sum([0.1] * 10), 0.1 * 10)
print(1e308 * 10, -1e308 * 10)
print(float.__name__, type(1.0).__name__)
print(int(3.999), int(-3.999), float(int(3.999)))
print(7.0 // 2, 7.0 % 2, -7.0 // 2, -7.0 % 2)
print(max(0.1, 0.10000000000000001), 0.1 == 0.10000000000000001)
print(1e-7, 1.5e-7, 1e-6, 0.00001)
print(1e16 + 1, 2.0 ** 0.5, 10.0 ** 20, 10.0 ** 21)
