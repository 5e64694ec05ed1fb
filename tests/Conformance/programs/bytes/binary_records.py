# Packing records into bytes by hand with int.to_bytes and parsing them back; hex dumps of the buffer.
records = [(1, "ann", 31, 1234.5), (2, "bob", 45, -20.25), (300, "cy", 7, 0.0)]
def pack(rec):
    rid, name, age, balance = rec
    name_b = name.encode("utf-8")
    cents = round(balance * 100)
    return (rid.to_bytes(2, "little") + len(name_b).to_bytes(1, "little") + name_b
            + age.to_bytes(1, "little") + cents.to_bytes(4, "little", signed=True))
def unpack(buf, pos):
    rid = int.from_bytes(buf[pos:pos + 2], "little")
    n = buf[pos + 2]
    name = buf[pos + 3:pos + 3 + n].decode("utf-8")
    p = pos + 3 + n
    age = buf[p]
    cents = int.from_bytes(buf[p + 1:p + 5], "little", signed=True)
    return (rid, name, age, cents / 100), p + 5
buf = b"".join(pack(r) for r in records)
print(len(buf))
for off in range(0, len(buf), 8):
    chunk = buf[off:off + 8]
    print(f"{off:04x}  {chunk.hex(' '):<23}  {''.join(chr(b) if 32 <= b < 127 else '.' for b in chunk)}")
pos, out = 0, []
while pos < len(buf):
    rec, pos = unpack(buf, pos)
    out.append(rec)
print(out, out == [(r[0], r[1], r[2], round(r[3] * 100) / 100) for r in records])
print(buf.count(0), buf.find(b"bob"), buf[3:6], bytes(reversed(buf[:4])))
