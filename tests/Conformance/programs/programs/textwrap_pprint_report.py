# textwrap, pprint and string methods for a formatted report.
import textwrap, pprint, string
text = ("Portalis translates Python programs into C# and runs them on .NET, with a concurrency runtime "
        "that gives threads real parallelism. This paragraph is long enough to wrap several times.")
print(textwrap.fill(text, width=40))
print(textwrap.fill(text, width=30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, width=60, placeholder=" [...]"))
print(textwrap.dedent("""\
    def f():
        return 1
    """), end="")
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10))
data = {"name": "widget", "sizes": list(range(12)), "nested": {"a": [1, {"b": (2, 3)}], "zeta": None, "alpha": "x" * 30},
        "long": ["item %d" % i for i in range(8)]}
pprint.pprint(data)
pprint.pprint(data, width=50, compact=True)
print(pprint.pformat({"z": 1, "a": 2}, sort_dicts=False), pprint.pformat(list(range(30)), width=40))
print(string.capwords("hello  world-wide web"), "Title Case Me".swapcase(), "abc".center(9, "*"), "x".zfill(4), "-12".zfill(5))
print("a,b,,c".split(","), "a b  c".split(), "line1\nline2\r\nline3".splitlines(), "  pad ".strip(), "xxhixx".strip("x"))
print("hello"[::-1], "Mississippi".count("ss"), "abc".partition("b"), "a.b.c".rpartition("."), "ab" * 3, "%".join("abc"))
t = string.Template("$who likes ${what}!")
print(t.substitute(who="Ann", what="tea"), t.safe_substitute(who="Bob"))
print("{0}{1}{0}".format("ab", "-"), "{name:>8}|{x:.2f}".format(name="n", x=2), "tab\tstop".expandtabs(4), "ß".upper(), "İ".lower().encode())
