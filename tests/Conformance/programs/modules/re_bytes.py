# Bytes patterns in re: results are bytes, classes are ASCII-only, str and bytes do not mix.
import re

p = re.compile(rb"(\w+)=(\d+)")
m = p.search(b"key=42; other=7")
print(p.pattern, p.flags, p.groups, m, m.group(), m.group(1, 2), m.groups(), m.span(2), m.string, m[1])
print(p.findall(b"a=1 b=22 c=x"), [x.group(0) for x in p.finditer(b"a=1 b=2")])
print(re.sub(rb"\d", b"#", b"a1b22"), re.subn(b"(a)", rb"<\1>", b"banana"), re.split(rb"[,;]\s*", b"a, b;c"))
print(re.sub(rb"\d+", lambda m: str(int(m.group()) * 2).encode(), b"x10 y7"))
print(re.fullmatch(rb"[\x00-\x7f]+", b"\xff"), re.match(rb"\xff+", b"\xff\xfe"), re.findall(rb"\w", "é".encode()))
print(re.escape(b"a.b*c"), re.escape("a.b"), re.compile(b"x", re.I), re.search(b"(?P<n>z)", b"xyz").groupdict())
print(re.search(rb"AB", b"xab", re.IGNORECASE), m.expand(rb"\2:\1"))
for bad in (lambda: re.search(b"a", "a"), lambda: re.search("a", b"a"), lambda: re.compile(b"a", re.UNICODE),
            lambda: re.sub(b"a", "x", b"a"), lambda: re.sub(b"a", lambda m: "x", b"a")):
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for bad in (lambda: re.sub("a", lambda m: 5, "xa"), lambda: re.sub("a", 5, "a"), lambda: re.sub(b"a", "x", b"ya"),
            lambda: re.sub(b"a", lambda m: "x", b"yaa"), lambda: re.sub(b"a", lambda m: None, b"yaa"), lambda: re.sub("a", lambda m: None, "yaa")):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
