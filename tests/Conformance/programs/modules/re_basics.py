# re: match vs search vs fullmatch, groups, findall with and without groups, finditer spans, flags.
import re
text = "Order 66 shipped on 2023-07-14, order 67 on 2023-08-02."
print(re.match(r"Order", text), re.match(r"order", text), re.search(r"\d+", text).group())
m = re.search(r"(\d{4})-(\d{2})-(\d{2})", text)
print(m.group(), m.group(0), m.group(1), m.groups(), m.span(), m.start(2), m.end(3))
print(re.findall(r"\d{4}-\d{2}-\d{2}", text), re.findall(r"(\d{4})-(\d{2})", text), re.findall(r"[Oo]rder (\d+)", text))
for m in re.finditer(r"\b\w{7}\b", text):
    print(m.group(), m.span())
print(re.fullmatch(r"\d+", "12345") is not None, re.fullmatch(r"\d+", "123a"), bool(re.match(r"a|b", "bc")))
print(re.findall(r"order", text, re.IGNORECASE), re.findall(r"^\w+", "one\ntwo\nthree", re.MULTILINE))
print(re.search(r"a.c", "a\nc"), re.search(r"a.c", "a\nc", re.DOTALL).group())
print(re.findall(r"\s+", "a  b\tc\n d"), re.findall(r"[A-Z][a-z]*", "HelloBigWorld"), re.findall(r"x*", "axxb"))
print(re.escape("1+1=2?"), re.findall(re.escape("a.b"), "a.b axb"))
m = re.match(r"(\w+)@(\w+)\.com", "user@example.com")
print(m.group(1, 2), m[0], m[2], m.re.pattern, m.string)
print(re.search(r"(a)(b)?", "ac").groups(), re.search(r"(a)(b)?", "ac").groups(default="-"))
print(re.findall(r"(?i)hello", "Hello HELLO hello"), re.findall(r"\d+(?=px)", "10px 20em 30px"))
print(re.findall(r"(?<=\$)\d+", "cost $15 or $200"), re.findall(r"colou?r", "color colour colr"))
print(re.findall(r"<.+?>", "<a><b></b>"), re.findall(r"<.+>", "<a><b></b>"), re.findall(r"a{2,3}", "aaaaaaa"))
