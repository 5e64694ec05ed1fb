# re in text processing: extracting key/value pairs, normalising whitespace, redacting, matching dates with validation, splitting sentences.
import re
log = """2024-03-01 12:00:01 user=ann action=login ip=10.0.0.1
2024-03-01 12:05:09 user=bob action=upload size=2048 ip=10.0.0.7
2024-02-30 23:59:59 user=cy action=logout ip=192.168.1.20"""
for line in log.splitlines():
    date, time, rest = line.split(" ", 2)
    fields = dict(re.findall(r"(\w+)=(\S+)", rest))
    print(date, time, fields)
ips = re.findall(r"\b(?:\d{1,3}\.){3}\d{1,3}\b", log)
print(ips)
print(re.sub(r"\d{1,3}\.\d{1,3}\.\d{1,3}\.(\d{1,3})", r"x.x.x.\1", log.splitlines()[0]))
DATE = re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})")
DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
for m in DATE.finditer(log):
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    print(m.group(), "valid" if 1 <= mo <= 12 and 1 <= d <= DAYS[mo - 1] else "invalid")
messy = "  This   is\ta \n messy    string.  "
print(repr(re.sub(r"\s+", " ", messy).strip()))
text = "Dr. Smith arrived. He said: hi! Did it work? Yes... it did."
print(re.split(r"(?<=[.!?])\s+(?=[A-Z])", text))
card = "Card 4111-1111-1111-1234 and 5500 0000 0000 0004"
print(re.sub(r"\b(?:\d{4}[- ]){3}(\d{4})\b", r"****-****-****-\1", card))
print(re.findall(r"\b[A-Z][a-z]+\b", text), len(re.findall(r"\w+", text)))
print(re.match(r"(\w+)\s(\w+)", "hello world extra").expand(r"\2 \1"))
