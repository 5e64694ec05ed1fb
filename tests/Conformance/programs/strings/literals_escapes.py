# String literal forms: single/double/triple quotes, raw strings, implicit concatenation, escapes, line continuation.
a = 'single'
b = "double"
c = """triple
quoted"""
d = r"raw\n\t\d+"
e = "implicit " "concatenation " 'of literals'
f = "line one\nline two\ttabbed\\backslash\"quote\'apos"
print(a, b, c, d, e, sep=" | ")
print(f)
print(repr(c), repr(d), len(d), len("\n"), len(r"\n"))
g = ("parenthesised "
     "continuation")
h = "backslash " \
    "continuation"
print(g, h)
print("\x41\u0042\U00000043\101\N{LATIN SMALL LETTER E WITH ACUTE}", "\0".encode(), "a\
b")
print('''He said "it's fine"''', """single ' and double " inside""")
text = """\
    indented
  lines
end"""
print(text.splitlines(), [len(l) - len(l.lstrip()) for l in text.splitlines()])
print(r"C:\new\table", "C:\\new\\table", rb"\x00", b"\x00")
print(f"{'nested quotes'}", f'{"other quotes"}', F"{1 + 1}", rf"\d{2}", fr"{3}\n")
print(str() == "", "" == '', len(""), "abc"[0:0] == "")
