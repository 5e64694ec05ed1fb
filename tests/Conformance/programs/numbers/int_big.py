# Arbitrary-precision integers: big powers, factorials, digit sums and bit lengths.
def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result

for n in (0, 1, 5, 20, 21, 30, 50):
    print(n, factorial(n))

big = 2 ** 100
print(big, big.bit_length())
print(2 ** 64 - 1, (2 ** 64 - 1).bit_length())
print(-(2 ** 70), abs(-(2 ** 70)))
print(3 ** 200)
print(len(str(7 ** 500)))
print(sum(int(d) for d in str(factorial(100))))
x = 10 ** 30 + 7
print(x * x)
print(x // 12345, x % 12345)
print(-x // 12345, -x % 12345)
print(divmod(x, -99991))
print(big >> 10, big << 3)
print((big - 1) & 0xFFFF_FFFF, big | 1, big ^ (big - 1))
print(~big)
print(int("123456789012345678901234567890") + 1)
print(pow(2, 1000, 10 ** 9 + 7))
print(pow(3, -1, 11))
fib = [0, 1]
while len(fib) < 120:
    fib.append(fib[-1] + fib[-2])
print(fib[-1])
print(fib[100] == fib[99] + fib[98])
print(12345678901234567890 == 12345678901234567890.0)
print(2 ** 53 + 1 == float(2 ** 53 + 1))
print(int(1e20), int(-2.9), int(2.9))
print(hex(2 ** 80), oct(2 ** 40), bin(2 ** 20 + 5))
print((10 ** 25).to_bytes(11, "big"))
print(int.from_bytes(b"\x01\x00\x00\x00\x00\x00\x00\x00\x00", "big"))
