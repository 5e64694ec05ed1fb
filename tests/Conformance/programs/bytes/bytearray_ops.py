# bytearray: mutation, append/extend/insert/pop, slicing assignment, and conversion back to bytes.
ba = bytearray(b"hello")
print(ba, len(ba))
ba[0] = ord("J")
print(ba)
ba.append(33)
ba.extend(b" ok")
print(ba)
ba.insert(0, 62)
print(ba, ba.pop(), ba.pop(0), ba)
ba[1:3] = b"EE"
print(ba)
ba[1:3] = b"eeee"
print(ba)
del ba[0:2]
print(ba)
ba.reverse()
print(ba)
ba.remove(ord("e"))
print(ba, bytes(ba), ba.decode())
z = bytearray(4)
for i in range(4):
    z[i] = i * 60
print(z, list(z), z.hex())
b = bytearray(b"abc") + b"def"
print(type(b).__name__, b, b == b"abcdef", b.upper())
try:
    ba[0] = 300
except ValueError as e:
    print("ValueError:", e)
buf = bytearray()
for word in ["alpha", "beta", "gamma"]:
    data = word.encode()
    buf += len(data).to_bytes(2, "big") + data
print(buf)
pos = 0
while pos < len(buf):
    n = int.from_bytes(buf[pos:pos + 2], "big")
    print(n, buf[pos + 2:pos + 2 + n].decode())
    pos += 2 + n
mv = memoryview(b"abcdef")
print(mv[1], bytes(mv[1:4]), mv.tobytes(), len(mv))
