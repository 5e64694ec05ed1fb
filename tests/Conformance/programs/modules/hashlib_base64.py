# hashlib digests, base64 and binascii encodings, with their errors.
import base64
import binascii
import hashlib

for name in ("md5", "sha1", "sha256", "sha384", "sha512"):
    h = hashlib.new(name, b"hello ")
    h2 = h.copy()
    h.update(b"world")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest(), h2.hexdigest() == hashlib.new(name, b"hello ").hexdigest())

print(hashlib.sha256(b"abc").digest()[:8], hashlib.md5().hexdigest(), hashlib.new("SHA1").name)
print(hashlib.sha256("ünï".encode()).hexdigest(), hashlib.sha1(bytearray(b"x")).hexdigest(), hashlib.md5(memoryview(b"x")).hexdigest())
print(sorted(hashlib.algorithms_guaranteed & {"md5", "sha1", "sha256"}))
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex(), hashlib.pbkdf2_hmac("sha1", b"pw", b"s", 2, dklen=8).hex())
for bad in (lambda: hashlib.md5("text"), lambda: hashlib.new("nope"), lambda: hashlib.sha1(5), lambda: hashlib.sha1().update(None)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

data = bytes(range(0, 256, 7))
for encode, decode in ((base64.b64encode, base64.b64decode), (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
                       (base64.b32encode, base64.b32decode), (base64.b16encode, base64.b16decode),
                       (base64.b85encode, base64.b85decode), (base64.a85encode, base64.a85decode)):
    text = encode(data)
    print(encode.__name__, text[:24], decode(text) == data)

print(base64.b64encode(b"hi", altchars=b"-_"), base64.standard_b64decode("aGk="), base64.encodebytes(b"x" * 60))
print(base64.b64decode(b"aGk"  + b"=" * 2), base64.b64decode("a G\nk="), base64.b32hexencode(b"abc"))
for bad in ("aGk", "a", "aGk=!", b"\xff"):
    try:
        print(base64.b64decode(bad, validate=bad == "aGk=!"))
    except (binascii.Error, ValueError) as e:
        print(type(e).__name__, e)

print(binascii.hexlify(b"\x01\xab"), binascii.hexlify(b"\x01\xab\xcd", "-"), binascii.unhexlify("01ab"), binascii.b2a_hex(b"xy", b":", 1))
print(binascii.crc32(b"hello"), binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc_hqx(b"hello", 0))
print(binascii.b2a_base64(b"hello"), binascii.b2a_base64(b"hello", newline=False), binascii.a2b_base64(b"aGVsbG8=\n"))
for bad in ("abc", "zz", "é"):
    try:
        print(binascii.unhexlify(bad))
    except (binascii.Error, ValueError) as e:
        print(type(e).__name__, e)
print(issubclass(binascii.Error, ValueError))
