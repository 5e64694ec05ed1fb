# re.compile'd patterns for validation and tokenizing: emails, phone numbers, a lexer with alternation of named groups.
import re
EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")
for e in ["a@b.com", "first.last+tag@mail.example.org", "bad@", "@bad.com", "no at.com", "x@y"]:
    print(e, bool(EMAIL.match(e)))
PHONE = re.compile(r"\(?(\d{3})\)?[-. ]?(\d{3})[-. ]?(\d{4})")
for p in ["(555) 123-4567", "555.123.4567", "5551234567", "55-1234"]:
    m = PHONE.fullmatch(p)
    print(p, "-".join(m.groups()) if m else None)
TOKEN = re.compile(r"""
    (?P<NUMBER>\d+(\.\d+)?)
  | (?P<NAME>[A-Za-z_]\w*)
  | (?P<OP>[-+*/=()])
  | (?P<SKIP>\s+)
  | (?P<ERROR>.)
""", re.VERBOSE)
def tokenize(src):
    out = []
    for m in TOKEN.finditer(src):
        kind = m.lastgroup
        if kind == "SKIP":
            continue
        out.append((kind, m.group()))
    return out
print(tokenize("x = 3.14 * (radius + 2)"))
print(tokenize("a $ b"))
print(TOKEN.pattern.count("?P<"), TOKEN.groups, sorted(TOKEN.groupindex.items(), key=lambda kv: kv[1]))
word = re.compile(r"\b\w+\b")
print(word.findall("It's a dog-eat-dog world"), word.search("  hi there").span(), word.sub("W", "a bc"))
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e)
print(re.compile(r"abc", re.I).match("ABCD").group(), re.compile("x").flags & re.I)
