# Bitwise operators in an application: permission bitmasks, setting/clearing/toggling bits, masks and shifts for packed RGB colours.
READ, WRITE, EXEC, ADMIN = 1, 2, 4, 8
NAMES = {READ: "read", WRITE: "write", EXEC: "exec", ADMIN: "admin"}
def describe(mask):
    return "|".join(name for bit, name in NAMES.items() if mask & bit) or "none"
perms = READ | WRITE
print(perms, bin(perms), describe(perms))
perms |= EXEC
print(perms, describe(perms))
perms &= ~WRITE
print(perms, describe(perms))
perms ^= ADMIN
print(perms, describe(perms), bool(perms & ADMIN))
perms ^= ADMIN
print(perms, describe(perms), perms & (READ | EXEC) == READ | EXEC)
print([describe(m) for m in range(16) if bin(m).count("1") == 2])
def pack(r, g, b):
    return (r & 0xFF) << 16 | (g & 0xFF) << 8 | (b & 0xFF)
def unpack(c):
    return c >> 16 & 0xFF, c >> 8 & 0xFF, c & 0xFF
color = pack(255, 128, 7)
print(color, hex(color), f"#{color:06x}", unpack(color))
print(unpack(0x1E90FF), f"#{pack(*unpack(0x1E90FF)):06X}")
def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count
print([popcount(n) for n in (0, 1, 255, 256, 2 ** 64 - 1)], [n for n in range(1, 70) if n & (n - 1) == 0])
print(-1 & 0xFF, -128 & 0xFF, (200 ^ 0xFF) + 1, ~200 & 0xFF, 5 << 60, (5 << 60) >> 58)
x, y = 12, 25
x ^= y; y ^= x; x ^= y
print(x, y)
