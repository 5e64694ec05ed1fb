#!/usr/bin/env python3
"""Writes tests/Portalis.Runtime.Tests/Data/modules/*.jsonl: native-module calls and CPython 3.11's results.

Each line: {"call": <python expression>, "f": module.function, "args": [encoded...], "kw": {...}, "expect": repr or "!Error: message"}.
Arguments are encoded as strings "i:<int>", "d:<float repr>", "s:<text>", "n:" (None), "b:True", or
"l:[...]"/"t:[...]" for lists/tuples of encoded items. Run with python3.11 from the repository root.
"""
import json, math, random, os, re, sys

OUT = os.path.join(os.path.dirname(__file__), "..", "tests", "Portalis.Runtime.Tests", "Data", "modules")


def enc(v):
    if v is None: return "n:"
    if isinstance(v, bool): return "b:" + str(v)
    if isinstance(v, int): return "i:" + str(v)
    if isinstance(v, float): return "d:" + repr(v)
    if isinstance(v, str): return "s:" + v
    if isinstance(v, bytes): return {"bytes": list(v)}
    if isinstance(v, list): return {"l": [enc(x) for x in v]}
    if isinstance(v, tuple): return {"t": [enc(x) for x in v]}
    if isinstance(v, dict): return {"dict": [[enc(k), enc(x)] for k, x in v.items()]}
    raise TypeError(v)


def run(fn, args, kw):
    try:
        return repr(fn(*args, **kw))
    except Exception as e:
        return "!" + qualified(type(e)) + ": " + str(e)


def qualified(t):
    """The exception name as a traceback prints it (module-qualified outside builtins)."""
    return t.__name__ if t.__module__ == "builtins" else t.__module__ + "." + t.__name__


ALIASES = {"os.path": "posixpath", "_string": "string"}


def case(module, name, *args, **kw):
    import posixpath, string, zlib, time  # noqa: F401 (looked up through sys.modules)
    fn = getattr(sys.modules[ALIASES.get(module, module)], name)
    return {"f": module + "." + name, "args": [enc(a) for a in args], "kw": {k: enc(v) for k, v in kw.items()}, "expect": run(fn, args, kw)}


def math_cases():
    floats = [0.0, -0.0, 0.5, 1.0, -1.0, 2.0, 1e-300, 1e300, 3.7, -3.7, 10.0, 0.1, 123456.789, float("inf"), float("-inf"), float("nan"), 1e-10, 0.7, -0.7, 710.0]
    ints = [0, 1, -1, 2, 10, 12, 2**64, 2**1100, -2**70, 97]
    out = []
    for name in ["sqrt", "exp", "log", "log2", "log10", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh",
                 "fabs", "floor", "ceil", "trunc", "modf", "frexp", "isfinite", "isinf", "isnan", "degrees", "radians", "cbrt", "ulp", "log1p", "expm1",
                 "gamma", "lgamma", "erf", "erfc"]:
        for x in floats + ints:
            out.append(case("math", name, x))
    for name in ["atan2", "copysign", "fmod", "pow", "remainder", "nextafter", "log", "hypot", "isclose"]:
        for x in [0.0, 1.5, -2.0, 3.0, float("inf"), float("nan"), 7, -0.0]:
            for y in [0.0, 2.0, -1.5, 3, float("inf"), 0.5, 10]:
                out.append(case("math", name, x, y))
    for x, i in [(1.0, 2), (0.75, -3), (1.0, 2**70), (1.0, -2**70), (1e308, 10), (-0.0, 5), (3.5, 1024)]:
        out.append(case("math", "ldexp", x, i))
    for n in [0, 1, 5, 20, 21, 100, -1, 2**64]:
        out.append(case("math", "factorial", n))
        out.append(case("math", "isqrt", n))
    for n in [0, 5, 10, 50, 100]:
        for k in [0, 1, 3, 7, 60]:
            out.append(case("math", "comb", n, k))
            out.append(case("math", "perm", n, k))
    out.append(case("math", "perm", 5))
    out.append(case("math", "factorial", 1.5))
    for args in [(12, 18), (0, 0), (-12, 18, 27), (2**80, 2**70 * 3), (), (7,), (4, 6, 8)]:
        out.append(case("math", "gcd", *args))
        out.append(case("math", "lcm", *args))
    random.seed(1234)
    for _ in range(60):
        xs = [random.uniform(-1e6, 1e6) * 10 ** random.randint(-20, 20) for _ in range(random.randint(1, 30))]
        out.append(case("math", "fsum", xs))
        out.append(case("math", "hypot", *xs[:5]))
        out.append(case("math", "dist", tuple(xs[:3]), tuple(reversed(xs[:3]))) if len(xs) >= 3 else case("math", "fsum", xs))
    for xs in [[0.1] * 10, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50], [float("inf"), 1.0], [float("inf"), float("-inf")], [1e308, 1e308], [], [2**1000, 1.0]]:
        out.append(case("math", "fsum", xs))
    for xs in [[1, 2, 3, 4], [1.5, 2], [], ["a", 3]]:
        out.append(case("math", "prod", xs))
    out.append(case("math", "prod", [2, 3], start=10))
    out.append(case("math", "isclose", 1.0, 1.0 + 1e-10, rel_tol=1e-12))
    out.append(case("math", "isclose", 1.0, 1.1, abs_tol=0.2))
    out.append(case("math", "isclose", 1.0, 1.1, rel_tol=-1))
    out.append(case("math", "log", 2**3000, 10))
    out.append(case("math", "log", 100, 1))
    out.append(case("math", "sqrt", "a"))
    for x in [0.5, 1.5, 2.5, 3.3, 7.7, 10.1, 25.5, 50.2, 100.5, 150.3, 171.5, -0.5, -1.5, -2.7, -10.3, -150.5, -180.5, 1e-25, -1e-25, 0.25, 4.75]:
        out.append(case("math", "gamma", x))
        out.append(case("math", "lgamma", x))
        out.append(case("math", "erf", x / 10))
        out.append(case("math", "erfc", x / 10))
    return out


def random_cases():
    out = []
    for seed in [0, 42, 2**70, -5, "hello", 3.0]:
        r = random.Random(seed)
        out.append({"seed": enc(seed), "op": "random", "expect": repr([r.random() for _ in range(1000)])})
        r = random.Random(seed)
        out.append({"seed": enc(seed), "op": "getrandbits", "expect": repr([r.getrandbits(k) for k in list(range(1, 100)) * 3])})
        r = random.Random(seed)
        out.append({"seed": enc(seed), "op": "randrange", "expect": repr([r.randrange(0, n) for n in range(1, 1000)] + [r.randrange(3, 1000, 7) for _ in range(100)] + [r.randint(-5, 5) for _ in range(100)] + [r.randrange(2**80) for _ in range(20)])})
        r = random.Random(seed)
        seq = list(range(20))
        out.append({"seed": enc(seed), "op": "choice", "expect": repr([r.choice(seq) for _ in range(300)])})
        r = random.Random(seed)
        res = []
        for _ in range(30):
            l = list(range(15)); r.shuffle(l); res.append(l)
        out.append({"seed": enc(seed), "op": "shuffle", "expect": repr(res)})
        r = random.Random(seed)
        out.append({"seed": enc(seed), "op": "sample", "expect": repr([r.sample(range(100), 10) for _ in range(20)] + [r.sample(list("abcdefgh"), 3) for _ in range(20)] + [r.sample(range(10**6), 5)])})
        r = random.Random(seed)
        out.append({"seed": enc(seed), "op": "choices", "expect": repr([r.choices("abcde", k=10), r.choices(range(5), weights=[1, 2, 3, 4, 5], k=20), r.choices("xyz", cum_weights=[1, 5, 6], k=10), r.choices([1, 2])])})
        r = random.Random(seed)
        out.append({"seed": enc(seed), "op": "floats", "expect": repr([r.uniform(1, 10) for _ in range(50)] + [r.gauss(0, 1) for _ in range(51)] + [r.normalvariate(5, 2) for _ in range(50)]
                                                                      + [r.expovariate(1.5) for _ in range(50)] + [r.triangular(0, 10, 3) for _ in range(50)] + [r.betavariate(2, 3) for _ in range(20)]
                                                                      + [r.gammavariate(0.5, 1) for _ in range(10)] + [r.gammavariate(3, 2) for _ in range(10)] + [r.lognormvariate(0, 1) for _ in range(10)]
                                                                      + [r.vonmisesvariate(1, 2) for _ in range(10)] + [r.paretovariate(3) for _ in range(10)] + [r.weibullvariate(1, 2) for _ in range(10)])})
    return out


def scenario_cases():
    import heapq, bisect, itertools, collections
    out = {}
    r = random.Random(5)
    data = [r.randrange(50) for _ in range(200)]
    h = list(data); heapq.heapify(h); out["heapify"] = repr(h)
    h2 = []
    for x in data: heapq.heappush(h2, (x % 7, x))
    out["heappush_tuples"] = repr(h2)
    out["heappop_all"] = repr([heapq.heappop(h2) for _ in range(len(h2))])
    h3 = list(data[:50]); heapq.heapify(h3)
    out["heapreplace"] = repr([heapq.heapreplace(h3, x) for x in data[50:100]] + h3)
    out["heappushpop"] = repr([heapq.heappushpop(h3, x) for x in data[100:150]] + h3)
    out["nsmallest"] = repr([heapq.nsmallest(k, data) for k in (0, 1, 5, 30, 300)] + [heapq.nsmallest(10, data, key=lambda v: v % 5)] + [heapq.nsmallest(10, iter(data), key=lambda v: v % 5)])
    out["nlargest"] = repr([heapq.nlargest(k, data) for k in (0, 1, 5, 30, 300)] + [heapq.nlargest(10, data, key=lambda v: v % 5)] + [heapq.nlargest(10, iter(data), key=lambda v: v % 5)])
    out["merge"] = repr([list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])), list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)), list(heapq.merge([7, 5, 1], [8, 2], reverse=True))])
    s_ = sorted(data)
    out["bisect"] = repr([bisect.bisect_left(s_, x) for x in range(-1, 52)] + [bisect.bisect_right(s_, x) for x in range(-1, 52)] + [bisect.bisect_left(s_, x, 10, 100) for x in range(0, 50, 7)])
    ins = []
    for x in data[:40]: bisect.insort(ins, x)
    keyed = []
    for x in data[:40]: bisect.insort_left(keyed, (x % 3, x), key=lambda t: t[0])
    out["insort"] = repr([ins, keyed, bisect.bisect_right(keyed, 1, key=lambda t: t[0])])
    it = itertools
    out["itertools"] = repr([
        list(it.islice(it.count(5, 3), 4)), list(it.islice(it.count(0.5, 0.25), 3)), list(it.islice(it.cycle("ab"), 5)), list(it.repeat("x", 3)),
        list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], initial=10)), list(it.accumulate([3, 1, 4, 1, 5], max)),
        list(it.chain("ab", [1, 2])), list(it.chain.from_iterable(["ab", "cd"])), list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])),
        list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1, 5])), list(it.filterfalse(None, [0, 1, "", "a"])),
        [(k, list(g)) for k, g in it.groupby("aaabbcaa")], [k for k, g in it.groupby([1, 1, 2, 3, 3])], [(k, list(g)) for k, g in it.groupby(range(10), key=lambda v: v // 3)],
        list(it.islice("abcdefg", 2)), list(it.islice("abcdefg", 2, 6)), list(it.islice("abcdefg", 1, None, 2)), list(it.islice("abcdefg", 0, 6, 2)),
        list(it.starmap(pow, [(2, 5), (3, 2)])), [list(t) for t in it.tee("abc", 3)], list(it.zip_longest("abc", [1], fillvalue="-")),
        list(it.product("ab", range(2))), list(it.product([0, 1], repeat=3)), list(it.permutations("abc")), list(it.permutations(range(4), 2)),
        list(it.combinations("abcd", 2)), list(it.combinations(range(5), 3)), list(it.combinations_with_replacement("abc", 2)), list(it.pairwise("abcd")),
        list(it.permutations("ab", 3)), list(it.combinations("ab", 0)), list(it.product()),
    ])
    src = iter(range(10)); list(it.islice(src, 0, 6, 2)); out["islice_consumption"] = repr(list(src))
    g = it.groupby("aaabbb"); k1, g1 = next(g); first = next(g1); k2, g2 = next(g); out["groupby_partial"] = repr([k1, first, k2, list(g2), list(g1)])
    d = collections.deque([1, 2, 3], maxlen=5)
    d.append(4); d.appendleft(0); d.append(5); ops = [repr(d)]
    d.rotate(2); ops.append(repr(d)); d.rotate(-3); ops.append(repr(d)); d.extendleft("ab"); ops.append(repr(d))
    ops.append(repr([d.pop(), d.popleft(), len(d), d[0], d[-1], 3 in d, d.count(3), d.index(3)]))
    d2 = collections.deque(); d2.extend(range(10)); d2.remove(4); d2.insert(2, "x"); d2.reverse(); del d2[1]; d2[0] = "z"
    ops.append(repr(d2)); ops.append(repr(collections.deque("abc") == collections.deque("abc"))); ops.append(repr(list(reversed(collections.deque([1, 2, 3])))))
    ops.append(repr(collections.deque())); ops.append(repr(collections.deque([], maxlen=0)))
    out["deque"] = repr(ops)
    return [{"name": k, "expect": v} for k, v in out.items()]


def misc_cases():
    out = []
    paths = ["", "/", "//", "///", "a", "a/b", "/a/b/", "a//b", "../a/./b/..", "/../x", "a.txt", ".bashrc", "a/.b.c", "x/y.tar.gz", "a/b.", "..", "./a", "//a//b"]
    for p in paths:
        for f in ["split", "basename", "dirname", "splitext", "normpath", "isabs"]:
            out.append(case("os.path", f, p))
    for args in [("a", "b"), ("a/", "b"), ("a", "/b", "c"), ("", "x"), ("a", ""), ("/",), ("a", "b", "", "c")]:
        out.append(case("os.path", "join", *args))
    out.append(case("os.path", "join", "a", 1))
    out.append(case("os.path", "relpath", "/a/b/c", "/a/d"))
    for data in [b"", b"hello", b"The quick brown fox jumps over the lazy dog" * 3]:
        out.append({"f": "zlib.crc32", "args": [{"bytes": list(data)}], "kw": {}, "expect": repr(zlib_crc(data))})
    for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits", "hexdigits", "octdigits", "punctuation", "whitespace", "printable"]:
        import string
        out.append({"attr": "_string." + name, "expect": repr(getattr(string, name))})
    out.append(case("_string", "capwords", "hello   wORLD  x"))
    out.append(case("_string", "capwords", "a-b-c", "-"))
    import time
    for secs in [0, 86400 * 365.25 * 30, 1e9 + 0.7, -86400 * 400]:
        out.append(case("time", "gmtime", secs))
        out.append({"f": "time.strftime", "args": [enc("%Y-%m-%d %H:%M:%S %a %A %b %B %j %y %I %p %w %% %c %x %X"), {"gm": enc(secs)}], "kw": {}, "expect": repr(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %y %I %p %w %% %c %x %X", time.gmtime(secs)))})
    return out


def json_cases():
    import json  # noqa: F401
    out = []
    values = [None, True, False, 0, -5, 2**100, 1.5, -0.0, 1e100, 1e-7, float("inf"), float("nan"), "", "abc", "é\u00e9 \u2603 \U0001F600", "q\"b\\s/\n\t\x00\x1f\x7f",
              [], [1, [2, [3, {}]]], (1, 2), {}, {"b": 1, "a": [1, 2, {"c": None}]}, {1: "int", 2.5: "float", True: "t", None: "n"}, {"z": 1, "y": {"x": [1, 2]}}]
    for v in values:
        out.append(case("json", "dumps", v))
        out.append(case("json", "dumps", v, ensure_ascii=False))
        out.append(case("json", "dumps", v, indent=2, sort_keys=True))
        out.append(case("json", "dumps", v, indent="\t", separators=(",", ":")))
        out.append(case("json", "dumps", v, separators=(",", ":"), sort_keys=True))
    out.append(case("json", "dumps", [1, [], {}, [[]]], indent=0))
    out.append(case("json", "dumps", {(1, 2): 3}))
    out.append(case("json", "dumps", {(1, 2): 3, "a": 1}, skipkeys=True))
    out.append(case("json", "dumps", b"x"))
    out.append(case("json", "dumps", float("nan"), allow_nan=False))
    out.append(case("json", "dumps", {"b": 1, 1: 2}, sort_keys=True))
    docs = ["[1,]", '{"a":1,}', "{1:2}", '"\\x"', '"abc', "[1 2]", '{"a" 1}', "", "  ", "[1] x", '"\\u12"', '"a\nb"', "tru", "-", "01", "1.", "[",
            '{"a":', "NaN", "-Infinity", "1e5", '"\\ud83d\\ude00"', '{"a":1,"a":2}', "[1,2", "nul", " [1, 2.5, -3e2, true, false, null, \"s\", {\"k\": [\"v\"]}] ",
            '"\\u00e9\\n\\t\\"\\\\\\/"', "\n\n  [1,\n  2,,]", "123456789012345678901234567890", "-0", "-0.0", "1E+2", "[1e]", '{"a": [1, {"b": {}}], "c": ""}', "\"\u00e9x\" y"]
    for d in docs:
        out.append(case("json", "loads", d))
    return out


RE_CASES = [
    (r"a+", "caaab aa", 0), (r"(\d+)-(\d+)", "10-20 x 3-4", 0), (r"(?P<key>\w+)=(?P<val>[^;]*)", "a=1;bb=;c=33", 0), (r"(a)|(b)", "ab", 0),
    (r"^\w+$", "one\ntwo\n", re.MULTILINE), (r"^\w+$", "one\ntwo\n", 0), (r"a.b", "a\nb axb", re.DOTALL), (r"a.b", "a\nb axb", 0), (r"HELLO", "hello Hello", re.IGNORECASE),
    (r"""\d+  # digits
        \.?   # optional dot""", "12. 3", re.VERBOSE), (r"x*", "abxd", 0), (r"\b", "a bc", 0), (r"(?P<q>['\"]).*?(?P=q)", "say 'hi' and \"yo\"", 0), (r"\s+", " a  b ", 0),
    (r"end\Z", "the end", 0), (r"(?i)abc", "xABC", 0), (r"[]a]+", "]a]b", 0), (r"[^]]+", "ab]c", 0), (r"(\w)(\w)?", "a bc", 0), (r"é+", "ééa😀é", 0), (r"😀(.)", "a😀b😀c", 0),
    (r"(?:ab)+(c)?", "ababx abc", 0), (r"(?<=a)b", "ab cb", 0), (r"(a(b(c)))", "abc", 0), (r"\d", "٣3", re.ASCII), (r"(?P<first>\w+) (?P<last>\w+)", "Jane Doe", 0),
    (r"", "abc", 0), (r"a|", "bab", 0),
]
RE_SUBS = [r"<\1>", r"\g<0>\g<0>", r"[\n]", "-"]


def re_cases():
    out = []
    for pattern, text, flags in RE_CASES:
        p = re.compile(pattern, flags)
        m = p.search(text)
        row = [repr(p), repr(m), p.findall(text), [mm.span() for mm in p.finditer(text)], p.split(text), p.split(text, maxsplit=1), repr(p.match(text)), repr(p.fullmatch(text))]
        if m:
            row += [m.group(), m.groups(), m.groupdict(), m.groups("-"), m.start(), m.end(), m.lastindex, m.lastgroup, [m.span(i) for i in range(p.groups + 1)]]
        for t in RE_SUBS:
            try:
                row.append(p.subn(t, text))
            except Exception as e:
                row.append("!" + qualified(type(e)) + ": " + str(e))
        row.append(p.sub(lambda mm: mm.group(0).upper() + "!", text, count=2))
        out.append({"pattern": pattern, "text": text, "flags": flags, "expect": repr(row)})
    return out


def re_errors():
    out = []
    for pattern in ["(a", "a)", "[a", "\\q", "(?P<1>a)", "(?P=x)", "a{2}+", "(?Px)"]:
        try:
            re.compile(pattern)
            out.append({"pattern": pattern, "expect": "ok"})
        except re.error as e:
            out.append({"pattern": pattern, "expect": str(e)})
    out.append(case("re", "sub", "(a)", r"\2", "a"))
    out.append(case("re", "sub", "a", r"\q", "a"))
    out.append(case("re", "escape", "a.b c-d_e*(x)#\t"))
    out.append(case("re", "match", "a", 5))
    return out


def zlib_crc(data):
    import zlib
    return zlib.crc32(data)


def write(name, rows):
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name + ".jsonl"), "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    assert sys.version_info[:2] == (3, 11), "run with python3.11"
    write("math", math_cases())
    write("random", random_cases())
    write("scenarios", scenario_cases())
    write("misc", misc_cases())
    write("json", json_cases())
    write("re", re_cases())
    write("re_errors", re_errors())
