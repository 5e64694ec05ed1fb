# chr/ord tables: ASCII ranges, character classes by code point, Caesar shifts with wraparound, and Unicode code point formatting.
print("".join(chr(c) for c in range(32, 127)))
for start in range(48, 123, 16):
    print(" ".join(f"{c:3d}:{chr(c)}" for c in range(start, min(start + 16, 123))))
print([ord(c) for c in "AZaz09 ~"], [chr(c) for c in (0x41, 0x3b1, 0x263a, 0x1f600)])
print([f"U+{ord(c):04X}" for c in "aé€😀"])
def shift(c, k):
    if "a" <= c <= "z":
        return chr((ord(c) - 97 + k) % 26 + 97)
    if "A" <= c <= "Z":
        return chr((ord(c) - 65 + k) % 26 + 65)
    return c
print("".join(shift(c, 13) for c in "Hello, World! xyz"), "".join(shift(c, -3) for c in "abc XYZ"))
print(sum(ord(c) for c in "checksum") % 256, max("hello", key=ord), sorted("Banana", key=ord))
counts = [0] * 26
for c in "the quick brown fox jumps over the lazy dog":
    if c.isalpha():
        counts[ord(c) - ord("a")] += 1
print("".join(chr(97 + i) for i, n in enumerate(counts) if n > 1), counts)
print(chr(ord("a") + 25), ord(chr(1114111)) == 0x10FFFF)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
