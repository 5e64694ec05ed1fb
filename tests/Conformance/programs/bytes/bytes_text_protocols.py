# bytes in text protocols: building an HTTP-like request, parsing header lines, splitting on CRLF, and base-16 / percent encoding by hand.
request = b"GET /search?q=caf%C3%A9&n=2 HTTP/1.1\r\nHost: example.org\r\nUser-Agent: portalis/1.0\r\nAccept: */*\r\n\r\n"
head, _, body = request.partition(b"\r\n\r\n")
lines = head.split(b"\r\n")
method, target, version = lines[0].split(b" ")
print(method, target, version, body)
headers = {}
for line in lines[1:]:
    name, _, value = line.partition(b":")
    headers[name.strip().lower().decode("ascii")] = value.strip().decode("ascii")
print(headers)
path, _, query = target.partition(b"?")
def percent_decode(data):
    out = bytearray()
    i = 0
    while i < len(data):
        if data[i] == ord("%"):
            out.append(int(data[i + 1:i + 3], 16))
            i += 3
        else:
            out.append(data[i])
            i += 1
    return bytes(out)
def percent_encode(text):
    safe = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~"
    return "".join(chr(b) if b in safe else f"%{b:02X}" for b in text.encode("utf-8"))
params = dict(pair.split(b"=") for pair in query.split(b"&"))
print(path, {k.decode(): percent_decode(v).decode("utf-8") for k, v in params.items()})
print(percent_encode("naïve café & co/2"), percent_decode(percent_encode("x y").encode()))
response = b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello"
status_line = response.split(b"\r\n", 1)[0]
print(int(status_line.split()[1]), status_line.split(maxsplit=2)[2], response[-5:], response.endswith(b"hello"))
print(b"".join([b"a", b"b"]), b", ".join(x.upper() for x in [b"x", b"y"]), b"abc".zfill(6), b"x".ljust(3, b"."))
