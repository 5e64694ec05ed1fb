# Encoding text to bytes, a simple additive checksum, XOR cipher and a run-length encoder over bytes.
def checksum(data):
    total = 0
    for byte in data:
        total = (total + byte) & 0xFF
    return total
def xor(data, key):
    return bytes(b ^ key[i % len(key)] for i, b in enumerate(data))
def rle(data):
    out = bytearray()
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out += bytes([j - i, data[i]])
        i = j
    return bytes(out)
def unrle(data):
    out = bytearray()
    for k in range(0, len(data), 2):
        out += bytes([data[k + 1]]) * data[k]
    return bytes(out)
msg = "Grüße aus Köln".encode("utf-8")
print(msg, len(msg), checksum(msg))
secret = xor(msg, b"key")
print(secret, secret.hex())
print(xor(secret, b"key").decode("utf-8"))
raw = b"aaaabbbcccccccccd" + bytes(5)
packed = rle(raw)
print(packed, len(raw), len(packed), unrle(packed) == raw)
for enc in ("utf-8", "utf-16-be", "latin-1"):
    try:
        data = "naïve".encode(enc)
        print(enc, data, len(data))
    except UnicodeEncodeError as e:
        print(enc, "error", e.reason)
print("€".encode("cp1252"), b"\x80".decode("cp1252"))
