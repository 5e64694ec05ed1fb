# re.sub with backreferences, named groups and a replacement function, subn, split with captures and maxsplit.
import re
print(re.sub(r"(\d{4})-(\d{2})-(\d{2})", r"\3/\2/\1", "from 2023-07-14 to 2024-01-31"))
print(re.sub(r"(?P<first>\w+) (?P<last>\w+)", r"\g<last>, \g<first>", "Ada Lovelace"))
print(re.sub(r"\s+", " ", "too    many \t\n spaces"), re.sub(r"a", "b", "banana", count=2))
def double(m):
    return str(int(m.group()) * 2)
print(re.sub(r"\d+", double, "3 apples and 12 pears"))
print(re.sub(r"\b(\w)(\w*)\b", lambda m: m.group(1).upper() + m.group(2).lower(), "hELLO wORLD of pYTHON"))
print(re.subn(r"o", "0", "foo boo zoo"), re.sub(r"x*", "-", "abc"))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(\d)", "a1b2c"), re.split(r"\s+", " lead trail "), re.split(r",", "a,b,c,d", maxsplit=2))
m = re.match(r"(?P<key>\w+)\s*=\s*(?P<value>.*)", "timeout = 30s")
print(m.group("key"), m["value"], m.groupdict(), m.start("value"))
log = "2023-01-01 ERROR disk full; 2023-01-02 WARN cpu hot; 2023-01-03 ERROR net down"
pattern = re.compile(r"(?P<date>[\d-]+) (?P<level>ERROR|WARN) (?P<msg>[^;]+)")
for m in pattern.finditer(log):
    print(m.group("date"), m.group("level"), repr(m.group("msg")))
print([m.groupdict()["level"] for m in pattern.finditer(log)])
print(re.sub(r"(?P<w>\w+)", r"[\g<w>]", "a b"), re.sub(r"(\w+)", r"<\1>", "x y"), re.sub("-", r"\\", "a-b"))
template = "Hello {name}, you are {age}"
print(re.sub(r"\{(\w+)\}", lambda m: {"name": "Ann", "age": "31"}[m.group(1)], template))
