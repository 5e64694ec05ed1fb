# Uncaught UnicodeDecodeError with its detailed message, after decoding some valid inputs.
payloads = [b"plain ascii", "caf\u00e9".encode("utf-8"), "\u263a smile".encode("utf-8"), b"\xff\xfebroken"]
decoded = []
for p in payloads[:3]:
    text = p.decode("utf-8")
    decoded.append(text)
    print(len(p), len(text), text, p)
print("latin-1 never fails:", payloads[3].decode("latin-1"))
print("with errors='replace':", payloads[3].decode("utf-8", errors="replace"))
try:
    payloads[3].decode("ascii")
except UnicodeDecodeError as e:
    print("caught:", e.encoding, e.start, e.end, e.reason)
print("decoded so far:", decoded)
for p in payloads:
    print(p.decode("utf-8"))
