# Text and data helpers from the standard library: difflib, shlex, getopt, fnmatch, html, keyword,
# reprlib, graphlib, colorsys, calendar, string-level helpers of locale and gettext.
import calendar
import colorsys
import difflib
import fnmatch
import getopt
import gettext
import graphlib
import html
import keyword
import locale
import reprlib
import shlex

a = "the quick brown fox jumps over the lazy dog".split()
b = "the quick red fox jumped over the very lazy dog".split()
print(list(difflib.unified_diff(a, b, "a.txt", "b.txt", lineterm="")))
print(list(difflib.ndiff(["one\n", "two\n", "three\n"], ["one\n", "tree\n", "three\n", "four\n"])))
sm = difflib.SequenceMatcher(None, "abcdefgh", "abxdefyh")
print(round(sm.ratio(), 4), sm.get_matching_blocks(), sm.get_opcodes())
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(list(difflib.context_diff(["a\n", "b\n"], ["a\n", "c\n"], "x", "y")))

print(shlex.split('cmd --name "John Smith" \'single quoted\' esc\\ aped # not a comment'))
print(shlex.split("a # comment", comments=True), shlex.quote("it's here"), shlex.quote("safe"), shlex.join(["a b", "c"]))
opts, args = getopt.getopt(["-a", "-b", "val", "--long", "--opt=3", "rest", "-c"], "ab:c", ["long", "opt="])
print(opts, args)
print(getopt.gnu_getopt(["x", "-a", "y", "--opt", "4"], "a", ["opt="]))
try:
    getopt.getopt(["--nope"], "", ["long"])
except getopt.GetoptError as e:
    print("GetoptError:", e, e.opt)

print(fnmatch.fnmatch("report.TXT", "*.txt"), fnmatch.fnmatchcase("report.TXT", "*.txt"), fnmatch.filter(["a.py", "b.c", "c.py"], "*.py"))
print(fnmatch.translate("data_[0-9]?.csv"))
print(html.escape('<a href="x">Tom & Jerry\'s</a>'), html.escape("<b>", quote=False), html.unescape("&lt;p&gt; &amp; &#39; &eacute; &#x263A;"))
print(keyword.iskeyword("while"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), len(keyword.kwlist))
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100), reprlib.repr({i: i for i in range(10)}))

ts = graphlib.TopologicalSorter({"build": {"compile", "link"}, "link": {"compile"}, "test": {"build"}})
print(list(ts.static_order()))
try:
    list(graphlib.TopologicalSorter({"a": {"b"}, "b": {"a"}}).static_order())
except graphlib.CycleError as e:
    print("CycleError:", e.args[0])
print([round(x, 6) for x in colorsys.rgb_to_hsv(0.2, 0.4, 0.6)], colorsys.hls_to_rgb(0.5, 0.5, 0.5), colorsys.rgb_to_yiq(1, 0, 0))

print(calendar.isleap(2024), calendar.leapdays(2000, 2025), calendar.monthrange(2024, 2), calendar.weekday(2026, 11, 24))
print(calendar.month(2026, 11))
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2024, 2))
print(list(calendar.day_name), list(calendar.month_abbr)[:4], calendar.monthcalendar(2026, 2)[:2])
print(calendar.timegm((2026, 11, 24, 12, 0, 0)))
print(locale.setlocale(locale.LC_NUMERIC, None), locale.localeconv()["decimal_point"], locale.format_string("%.2f", 3.14159), gettext.gettext("hello"), gettext.ngettext("file", "files", 2))
