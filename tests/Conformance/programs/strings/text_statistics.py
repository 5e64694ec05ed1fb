# Text statistics: re.findall/sub/split/search groups, Counter arithmetic, defaultdict, OrderedDict, str methods.
import re
from collections import Counter, defaultdict, OrderedDict
import string

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""

words = re.findall(r"[a-z']+", TEXT.lower())
c = Counter(words)
print(len(words), len(c))
print(c.most_common(5))
print(c["was"], c["missing"])
letters = Counter(ch for ch in TEXT.lower() if ch in string.ascii_lowercase)
print(letters.most_common(3))
print(sorted(letters.items())[:5])
by_len = defaultdict(list)
for w in sorted(set(words)):
    by_len[len(w)].append(w)
for k in sorted(by_len):
    print(k, by_len[k])
sentences = re.split(r",\s*", TEXT.replace("\n", " "))
print(len(sentences), sentences[-1])
print(re.sub(r"\b(\w)(\w*)", lambda m: m.group(1).upper() + m.group(2), "hello big world"))
print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "mail joe@example.com or ann@test.com"))
m = re.search(r"(?P<first>\w+) of (?P<what>\w+)", TEXT)
print(m.group("first"), m["what"], m.groupdict(), m.span(), m.start("what"))
print(re.findall(r"(\w+) of (\w+)", TEXT)[:3])
c2 = Counter("abracadabra")
c3 = Counter("alakazam")
print(c2 + c3)
print(c2 - c3)
print(c2 & c3, c2 | c3)
print(sorted(c2.elements()))
c2.update("zzz")
c2.subtract({"a": 10})
print(c2)
print(c2.total() if hasattr(c2, "total") else None)
od = OrderedDict()
for w in words[:10]:
    od[w] = od.get(w, 0) + 1
od.move_to_end("it")
print(od)
print(od.popitem(last=False))
print(string.capwords("the quick  brown fox"), string.punctuation[:10])
print("{:>6.1%}".format(c["of"] / len(words)))
tbl = str.maketrans("aeiou", "AEIOU", ",.")
print(TEXT[:60].translate(tbl))
print(" ".join(w[::-1] for w in "stressed desserts level".split()))
print(TEXT.count("it was"), TEXT.find("age"), TEXT.rfind("age"), TEXT.index("w"))
print("|".join(s.strip().center(11, "*") for s in ["a", "bb", "ccc"]))
print("Hello World".swapcase(), "hello world".title(), "ǅx".casefold(), "straße".upper())
print("a,b,,c".split(","), "a b  c".split(), "a\nb\r\nc".splitlines(keepends=True))
print("x".zfill(4), "-42".zfill(6), "abc".partition("b"), "a.b.c".rpartition("."))
