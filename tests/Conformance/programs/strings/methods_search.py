# str searching: find/rfind/index/count/startswith/endswith with ranges and tuples, in.
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"), s.rfind("o", 0, 20))
print(s.index("fox"), s.count("o"), s.count("the"), s.count(""), "aaaa".count("aa"))
print(s.startswith("the"), s.startswith(("a", "t")), s.endswith("dog"), s.endswith("lazy", 0, 39))
print("fox" in s, "cat" not in s, "" in s)
try:
    s.index("cat")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("zzz")
except ValueError as e:
    print("ValueError:", e)
positions = []
start = 0
while True:
    i = s.find("o", start)
    if i < 0:
        break
    positions.append(i)
    start = i + 1
print(positions)
print(s.partition(" "), s.rpartition(" "), s.partition("xyz"), s.rpartition("xyz"))
print("a,b,,c".split(","), "a b  c ".split(), " a b ".split(" "), "a,b,c".split(",", 1),
      "a,b,c".rsplit(",", 1), "".split(","), "".split())
print("line1\nline2\r\nline3\n".splitlines(), "x\ny\n".splitlines(keepends=True))
print("-".join(["a", "b", "c"]), "".join(reversed("stressed")), ", ".join(str(i) for i in range(5)))
print(s.replace("the", "a"), s.replace("o", "0", 2), "aaa".replace("a", "bb"), "abc".replace("", "-"))
print("  padded  ".strip(), "xxhixx".strip("x"), "  left".lstrip(), "right  ".rstrip(), "www.example.com".strip("cmowz."))
print("prefix_name".removeprefix("prefix_"), "file.txt".removesuffix(".txt"), "abc".removeprefix("x"))
