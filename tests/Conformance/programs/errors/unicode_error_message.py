# Uncaught UnicodeDecodeError with its detailed message, after decoding some valid inputs.
payloads = [b"plain ascii", "caf\u00e9".encode("utf-8"), b"\xff\xfebroken"]
for p in payloads:
    print(len(p), p.decode("utf-8"))
