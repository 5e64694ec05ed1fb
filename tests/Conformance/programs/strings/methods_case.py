# str case and classification methods: upper/lower/title/capitalize/swapcase/casefold, is* predicates.
words = ["hello world", "HELLO", "Hello World", "hello-world it's", "ß straße", "123abc", "  ", ""]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold(), sep=" | ")
tests = ["abc", "ABC", "Abc", "123", "12.5", "abc123", " ", "", "\t\n", "Title Case", "x_y", "²"]
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalnum(), t.isspace(),
          t.isupper(), t.islower(), t.istitle(), t.isidentifier(), t.isprintable())
print("straße".upper(), "İ".lower().encode("utf-8"), "ǅ".upper(), "ǅ".lower())
print("Python".center(12, "*"), "Python".ljust(10, "."), "Python".rjust(10), "42".zfill(5), "-42".zfill(6))
print("tab\there".expandtabs(4), "a\tbc\td".expandtabs())
def headline(text):
    small = {"a", "an", "the", "of", "in", "and"}
    words = text.lower().split()
    return " ".join(w if i and w in small else w.capitalize() for i, w in enumerate(words))
for t in ["the lord of the rings", "A TALE OF TWO CITIES", "war and peace"]:
    print(headline(t), "|", t.title(), "|", t.upper().lower() == t.lower())
