# re flags are RegexFlag members (an enum.IntFlag printed as re.IGNORECASE|re.MULTILINE) that work as ints; re.Pattern and re.Match are the classes of compiled patterns and matches.
import re
print(repr(re.A|re.I), repr(re.I|re.M|re.A), repr(re.I|1024), repr(~re.I), str(re.I), f'{re.I}', format(re.I|re.M,'x'), re.I.__class__.__module__, type(re.compile('x').flags), re.compile('x', re.I).flags, re.RegexFlag, list(re.RegexFlag), re.RegexFlag.__members__.keys(), re.I.name, (re.I|re.M).name)
print(re.compile("x").flags & re.I, re.NOFLAG, re.I + 1, re.I == 2, isinstance(re.I, int), re.compile("a", re.I | re.M))
print(re.Pattern, re.Match, re.error, type(re.compile("a")), isinstance(re.compile("a"), re.Pattern), isinstance(re.match("a", "a"), re.Match))
print(re.findall(r"[a-z]+", "Ab cD", flags=re.IGNORECASE), re.sub("a", "b", "AaA", flags=re.I), re.split(r"\s", "a b", maxsplit=1, flags=re.M))
print(re.RegexFlag.__qualname__, re.RegexFlag.__name__, hash(re.I) == 2, {re.I: 1}[2], sorted([re.M, re.I]), re.I in (re.I | re.M))
from re import IGNORECASE, VERBOSE
print(IGNORECASE | VERBOSE)
class Level(int):
    def __str__(self):
        return f"level {int(self)}"
print(f"{Level(3)}", format(Level(3)), f"{Level(3):>4}", "{}".format(Level(2)))
