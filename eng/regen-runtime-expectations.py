#!/usr/bin/env python3
"""Regenerates tests/Portalis.Runtime.Tests/Data/*.jsonl: runtime operations and CPython 3.11's results.

Each line is one case: {"op": name, "args": [encoded values], "out": repr(result)} or, when CPython
raises, {"op": ..., "args": ..., "err": "TypeName: message"}. Values are encoded so that the C# side can
rebuild them exactly: null/true/false, {"i": "123"}, {"f": "<int64 bits>"}, {"s": "text"},
{"c": [re_bits, im_bits]}, {"t": [...]}, {"l": [...]}. Run with CPython 3.11:

    python3 eng/regen-runtime-expectations.py
"""
import json
import math
import operator
import os
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), "expectations must come from CPython 3.11"

OUT = os.path.join(os.path.dirname(__file__), "..", "tests", "Portalis.Runtime.Tests", "Data")


def bits(x):
    return str(struct.unpack("<q", struct.pack("<d", x))[0])


def enc(v):
    if v is None or isinstance(v, bool):
        return v
    if isinstance(v, int):
        return {"i": str(v)}
    if isinstance(v, float):
        return {"f": bits(v)}
    if isinstance(v, complex):
        return {"c": [bits(v.real), bits(v.imag)]}
    if isinstance(v, str):
        return {"s": v}
    if isinstance(v, tuple):
        return {"t": [enc(x) for x in v]}
    if isinstance(v, list):
        return {"l": [enc(x) for x in v]}
    if isinstance(v, dict):
        return {"d": [[enc(k), enc(x)] for k, x in v.items()]}
    if isinstance(v, set):
        return {"set": [enc(x) for x in v]}
    if isinstance(v, frozenset):
        return {"fs": [enc(x) for x in v]}
    if isinstance(v, range):
        return {"range": [v.start, v.stop, v.step]}
    raise TypeError(type(v))


def case(op, fn, *args):
    rec = {"op": op, "args": [enc(a) for a in args]}
    try:
        rec["out"] = repr(fn(*args))
    except Exception as e:  # the message is the expectation
        rec["err"] = f"{type(e).__name__}: {e}"
    return rec


def write(name, cases):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=True) + "\n")
    print(f"{name}: {len(cases)} cases")


rng = random.Random(20261124)

INTS = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, 255, -256, 2**31, 2**53 + 1, 2**62, 2**63 - 1, -2**63,
        2**63, -2**63 - 1, 2**64, 10**20, -(10**20), 2**100 + 3, -(3**70)]
FLOATS = [0.0, -0.0, 0.5, -0.5, 1.0, -1.5, 2.5, 3.14, -7.25, 1e-300, 1e300, 1e16, 2.0**53,
          1.7976931348623157e308, 5e-324, 0.1, 123456.789, math.inf, -math.inf, math.nan]
OTHERS = [True, False, None, 1j, 1.5 - 2j, "ab", "", (1, 2), [3]]
VALUES = INTS + FLOATS + OTHERS
# The all-pairs tables use a smaller cross-section to keep the data files small.
PAIR_VALUES = [0, 1, -1, 2, -3, 7, -7, 2**53 + 1, 2**63 - 1, -2**63, 2**63, 2**100 + 3, -(3**70),
               0.0, -0.0, 0.5, -1.5, 2.5, 1e300, 5e-324, math.inf, -math.inf, math.nan, 0.1, 2.0**53,
               True, False, None, 1j, 1.5 - 2j, "ab", "", (1, 2), [3]]

BINARY = {
    "add": operator.add, "sub": operator.sub, "mul": operator.mul, "truediv": operator.truediv,
    "floordiv": operator.floordiv, "mod": operator.mod, "pow": operator.pow, "lshift": operator.lshift,
    "rshift": operator.rshift, "and": operator.and_, "or": operator.or_, "xor": operator.xor,
    "divmod": divmod,
}
COMPARE = {"eq": operator.eq, "ne": operator.ne, "lt": operator.lt, "le": operator.le,
           "gt": operator.gt, "ge": operator.ge}
UNARY = {"neg": operator.neg, "pos": operator.pos, "invert": operator.invert, "abs": abs,
         "truth": bool, "repr": repr, "str": str}


def too_slow(op, a, b):
    ints = isinstance(a, int) and isinstance(b, int)
    if op == "pow" and ints and abs(b) > 64 and abs(a) > 1:
        return True
    if op == "lshift" and ints and b > 300:
        return True
    if op == "mul" and isinstance(b, int) and abs(b) > 1000 and isinstance(a, (str, list, tuple)):
        return True
    if op == "mul" and isinstance(a, int) and abs(a) > 1000 and isinstance(b, (str, list, tuple)):
        return True
    return False


def arithmetic():
    cases = []
    for name, fn in BINARY.items():
        for a in PAIR_VALUES:
            for b in PAIR_VALUES:
                if not too_slow(name, a, b):
                    cases.append(case(name, fn, a, b))
    for name, fn in UNARY.items():
        for a in VALUES:
            cases.append(case(name, fn, a))
    # Division and modulo sign rules over a grid of small numbers.
    small = [-7, -3, -1, 0, 1, 3, 7, -7.5, -0.5, 0.5, 7.5, 2**64 + 1, -(2**64 + 1)]
    for a in small:
        for b in small:
            for name in ("floordiv", "mod", "divmod", "truediv"):
                cases.append(case(name, BINARY[name], a, b))
    # Correctly rounded int/int true division and int->float conversion of big ints.
    for _ in range(200):
        a = rng.getrandbits(rng.randint(1, 200)) * rng.choice((1, -1))
        b = rng.getrandbits(rng.randint(1, 200)) or 1
        cases.append(case("truediv", operator.truediv, a, b))
        cases.append(case("add", operator.add, a, 0.0))
    for a, b, m in [(2, 10, 7), (3, -1, 7), (-3, 2, -7), (3, 4, -7), (2, -1, 4), (2, 3, 0), (2.0, 3, 4),
                    (10**30, 10**20, 97), (0, 0, 1), (5, 0, 1), (7, -2, 10**9 + 7)]:
        cases.append(case("pow3", pow, a, b, m))
    write("arithmetic.jsonl", cases)


def comparisons():
    cases = []
    extra = [2**53, 2**53 + 1, 2.0**53, 2.0**63, 2**63, 9007199254740993.0, 10**400, -(10**400)]
    vals = PAIR_VALUES + extra + [(1, "a"), (1, 2, 3), [3, 4], [], ()]
    for name, fn in COMPARE.items():
        for a in vals:
            for b in vals:
                cases.append(case(name, fn, a, b))
    write("compare.jsonl", cases)


def random_floats(n):
    out = []
    for _ in range(n):
        kind = rng.randrange(4)
        if kind == 0:
            x = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
            if math.isnan(x):
                continue
        elif kind == 1:
            x = rng.uniform(-1, 1) * 10.0 ** rng.randint(-20, 20)
        elif kind == 2:
            x = rng.randint(-10**6, 10**6) / 2 ** rng.randint(0, 12)
        else:
            x = round(rng.uniform(-1000, 1000), rng.randint(0, 6))
        out.append(x)
    return out


TIES = [0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 2.675, 1.005, 0.045, 1234.5, 1e22, 1e23, 9.995, 99.5,
        0.0005, 5e-5, 123456789.0, 1e15, 1e16, 1e17, 0.1, 0.3, 2.0**-1074, 2.0**1023, 1/3]


def formatting():
    floats = FLOATS + TIES + random_floats(400)
    cases = []
    for x in floats:
        cases.append(case("repr", repr, x))
    float_specs = ["", "f", ".0f", ".1f", ".2f", ".3f", ".10f", ".20f", "e", ".0e", ".3e", ".16e", "E",
                   "g", ".0g", ".1g", ".2g", ".3g", ".10g", ".17g", "G", "%", ".1%", "#g", "#.3g",
                   "#.0f", "#.0e", "+f", " .2f", "010.3f", "-^20.4e", "*>15g", ",.2f", "_.3f", ",",
                   "015,.2f", "z.1f", "+z.0f", ".3", "#.3", ".12", "n", "12", "<12", "=+12.3f", "F",
                   "x", "d", ",b"]
    for x in floats[:150]:
        for spec in float_specs:
            cases.append(case("format", format, x, spec))
    for x in floats[150:]:
        for spec in ("", ".3f", ".2e", ".4g", ".12g", "g"):
            cases.append(case("format", format, x, spec))
    int_specs = ["", "d", "b", "o", "x", "X", "#b", "#o", "#x", "#X", ",", "_", "_b", "_x", "08", "+",
                 " ", "-", "=+10", "^10", "*<10", "e", "f", ".2f", "g", "%", "n", "010,", "#010x",
                 "08,", "09,", "s", ".3", "z", "c", "+c", ",c", ",_", ",x", "#_o", "020_b"]
    for n in INTS + [True, 65, 0x10FFFF, 12345678]:
        for spec in int_specs:
            cases.append(case("format", format, n, spec))
    for z in [1 + 2j, -1.5 - 0.25j, 2j, -0.0 + 1j, 0j, complex(math.inf, math.nan), 1e20 + 1e-20j, -3 + 0j]:
        for spec in ["", ".2f", "+.3e", "g", ">30", "^30.2f", "<20", "010", "=10", ",.2f", "%", "n", "#g", ".0f",
                     "*^25", "z.1f", " ", "E", ".3"]:
            cases.append(case("format", format, z, spec))
    str_specs = ["", "10", "<10", ">10", "^10", "*^11", ".2", "10.2", "s", "=10", "+", "05", "d", "z",
                 "#", ",", "^1"]
    for s in ["", "abc", "héllo", "a\u20acb"]:
        for spec in str_specs:
            cases.append(case("format", format, s, spec))
    for x in floats[:200] + [2.5, 3.5, -0.5, 0.5, 1e300, 5e-324]:
        cases.append(case("round1", round, x))
        for nd in (-3, -1, 0, 1, 2, 3, 5, 17, 400, -400):
            cases.append(case("round2", round, x, nd))
    for n in INTS:
        for nd in (-1, -2, -5, 0, 2, -25):
            cases.append(case("round2", round, n, nd))
    for x in [math.inf, math.nan]:
        cases.append(case("round1", round, x))
    for n in INTS:
        for base in ("bin", "oct", "hex"):
            cases.append(case(base, {"bin": bin, "oct": oct, "hex": hex}[base], n))
    write("formatting.jsonl", cases)


def sets_and_hashes():
    cases = []
    # None is left out: 3.11 hashes it by address (Portalis uses a constant).
    for v in INTS + FLOATS[:-1] + [True, False, 1j, 1.5 - 2j, (), (1, 2), (1, (2, 3)),
                                     (1.5, -1), (2**70, "x")[:1]]:
        cases.append(case("hash", hash, v))
    pools = [list(range(-5, 40)), [2**k for k in range(0, 70, 3)], [-(2**k) for k in range(0, 64, 5)],
             [rng.randint(-10**6, 10**6) for _ in range(50)], [k * 8 for k in range(40)],
             [k * 1024 for k in range(30)]]
    for _ in range(50):
        pool = rng.choice(pools)
        a = [rng.choice(pool) for _ in range(rng.randint(0, 30))]
        b = [rng.choice(pool) for _ in range(rng.randint(0, 30))]
        cases.append(case("set", lambda x: set(x), a))
        cases.append(case("frozenset", lambda x: frozenset(x), a))
        cases.append(case("frozenset_hash", lambda x: hash(frozenset(x)), a))
        cases.append(case("set_display", lambda x: {*x}, a))
        for op in ("or", "and", "sub", "xor"):
            fn = {"or": operator.or_, "and": operator.and_, "sub": operator.sub, "xor": operator.xor}[op]
            cases.append(case("set_" + op, lambda x, y, fn=fn: fn(set(x), set(y)), a, b))
        cases.append(case("set_remove_add", _remove_add, a, b))
        cases.append(case("set_pop", _pops, a))
        cases.append(case("set_union_list", lambda x, y: set(x).union(y), a, b))
        cases.append(case("set_intersection_list", lambda x, y: set(x).intersection(y), a, b))
        cases.append(case("set_difference_list", lambda x, y: set(x).difference(y), a, b))
        cases.append(case("set_symdiff_list", lambda x, y: set(x).symmetric_difference(y), a, b))
        cases.append(case("set_update_ops", _update_ops, a, b))
    for _ in range(40):
        a = [(rng.randint(0, 5), rng.randint(0, 5)) for _ in range(rng.randint(0, 15))]
        cases.append(case("set", lambda x: set(x), a))
        mixed = [rng.choice([1, 2.5, -3, (1, 2), 2**64, 0.0, True, None]) for _ in range(8)]
        cases.append(case("set_mixed", lambda x: {x for x in x if x is not None}, mixed))
    write("sets.jsonl", cases)


def _remove_add(a, b):
    s = set(a)
    for x in b:
        s.discard(x)
    for x in b[::2]:
        s.add(x + 1)
    return s


def _pops(a):
    s = set(a)
    out = []
    for _ in range(min(5, len(s))):
        out.append(s.pop())
    s.add(12345)
    return (out, s)


def _update_ops(a, b):
    s = set(a)
    s |= set(b[:5])
    s &= set(a + b[:3])
    s -= set(b[5:9])
    s ^= set(b[::3])
    return s


def percent_and_str_format():
    cases = []
    fixed = [("%05f", math.inf), ("%-05d|", 3), ("%+05d", 3), ("%#x", 255), ("%#o", 8), ("%#X", 255),
             ("%.3d", 5), ("%5.3d", -5), ("%d", 3.7), ("%x", 3.7), ("%d", "a"), ("%f", "a"), ("%c", 65),
             ("%c", "ab"), ("%c", 1.5), ("%s %s", (1,)), ("%s", (1, 2)), ("%", 1), ("%y", 1), ("%(a)s", 1),
             ("%s", [1, 2]), ("%*d", (5, 3)), ("%-*d|", (5, 3)), ("%.*f", (2, 3.14159)), ("%*d", ("a", 3)),
             ("%#.3g", 1.0), ("%e", 12345.678), ("%i", True), ("%s", None), ("%r", "a"), ("%a", "\u00e9"),
             ("%5s|", "ab"), ("%-5s|", "ab"), ("%.1s", "ab"), ("%ld", 5), ("%%", ()), ("abc", ()), ("abc", 5),
             ("abc", []), ("%d", 10**30), ("%x", -255), ("% d", 5), ("%c", 0x110000), ("%5%", ()),
             ("%5%", (1,)), ("%0*d", (5, -3)), ("%c", ""), ("%.0f", 2.5), ("%#.0f", 2.5), ("%010.3e", -1.5),
             ("%+.2e", math.nan), ("%-8.3f|", 3.14159), ("%o", -8), ("%#5x", 255), ("%#05x", 255),
             ("%x", True), ("%.2s", "h\u00e9llo"), ("%d", 2**64), ("%.3x", 5), ("%c", -1), ("%d", math.inf),
             ("%d", math.nan), ("%d", 1j), ("%s=%r", ("k", "v")), ("%-+8.2f|", 2.5), ("% 08.2f", -2.5),
             ("%g", 1e-5), ("%G", 1e20), ("%.0e", 15.5), ("%3c|", "x"), ("%-3c|", 66), ("%.3r", "abc"),
             ("%(", ()), ("%s %", (1,)), ("%.2f%%", 12.345), ("%F", math.inf), ("%E", -math.inf)]
    for fmt, args in fixed:
        cases.append(case("percent", operator.mod, fmt, args))
    for _ in range(400):
        flags = "".join(rng.sample("-+ #0", rng.randint(0, 3)))
        width = rng.choice(["", "1", "5", "12"])
        prec = rng.choice(["", ".0", ".1", ".3", ".10"])
        conv = rng.choice("sdiuoxXeEfFgGr")
        value = rng.choice([0, 7, -42, 255, 123456789, -2**70, 0.0, -0.0, 3.14159, -2.5, 1e-7, 1e22,
                            12345.6789, math.inf, True, "text"])
        cases.append(case("percent", operator.mod, "%" + flags + width + prec + conv, value))
    dict_cases = [("%(a)s %(b)r", {"a": 1, "b": "x"}), ("%(a)d %s", {"a": 1}), ("%(a)s", {"b": 1}),
                  ("%(a)05.1f|%(a)s", {"a": 2.25}), ("%s", {"a": 1}), ("abc", {}), ("%(a", {})]
    for fmt, d in dict_cases:
        cases.append(case("percent_dict", lambda f, items: f % dict(items), fmt, list(d.items())))
    formats = [("{} {}", (1, 2), {}), ("{1} {0}", ("a", "b"), {}), ("{0}{1}{0}", ("ab", "cd"), {}),
               ("{} {1}", (1, 2), {}), ("{0} {}", (1, 2), {}), ("{}", (), {}), ("{2}", (1,), {}),
               ("{name}", (), {"name": "x"}), ("{name}", (), {}), ("{:>8}|{:<8}|{:^8}", ("a", "b", "c"), {}),
               ("{!r}", ("a",), {}), ("{!s:>5}", (1,), {}), ("{!a}", ("\u00e9",), {}), ("{!x}", (1,), {}),
               ("{:{}}", ("ab", 6), {}), ("{:{w}.{p}f}", (3.14159,), {"w": 10, "p": 2}), ("{{}} {{{}}}", (5,), {}),
               ("}", (), {}), ("{", (), {}), ("a{0[1]}b", ([1, 2],), {}), ("{0[x]}", ({"x": 9},), {}),
               ("{0.real} {0.imag}", (1.5 + 2j,), {}), ("{0.nope}", (1,), {}), ("{:,}", (1234567,), {}),
               ("{:_b}", (255,), {}), ("{:%}", (0.25,), {}), ("{:.3}", ("abcdef",), {}), ("{0:{1}{2}}", (5, "0", "4"), {}),
               ("{:{:{}}}", (1, 2, 3), {}), ("{0!r:^10}", ("x",), {}), ("{:=+8.2f}", (-3.14159,), {}),
               ("{:z.1f}", (-0.04,), {}), ("{:#x} {:#o} {:#b}", (255, 8, 5), {}), ("{:c}", (9731,), {}),
               ("{0[0]}", ("abc",), {}), ("{!}", (1,), {}), ("{0!r", (1,), {}),
               ("{0", (1,), {}), ("{0:", (1,), {}), ("{0!rr}", (1,), {}), ("{0!r:}", (1,), {}), ("{:{}", (1, 2), {}),
               ("x{", (), {}), ("{0[}", (1,), {}), ("{0]}", (1,), {}), ("{a.}", (), {"a": 1}), ("{0[]}", (1,), {}),
               ("{0!}}", (1,), {}), ("{:}}", (1,), {}), ("{{0}", (1,), {}), ("{0[0]x}", ([1],), {}),
               ("{:{:{:{}}}}", (1, 2, 3, 4), {}), ("{0[1]}", ([1],), {}), ("{ 0}", (1,), {})]
    for fmt, args, kwargs in formats:
        cases.append(case("strformat", lambda f, a, kw: f.format(*a, **dict(kw)), fmt, list(args), list(kwargs.items())))
    write("strformat.jsonl", cases)


def _call(target, name, args):
    result = getattr(target, name)(*args)
    return (result, target) if isinstance(target, (list, dict, set)) else result


def methods():
    cases = []
    strings = ["", "abc", "  Hello World  ", "a,b,,c", "one two  three", "\tx\ny\r\nz\x0bw\x1c",
               "Stra\u00dfe", "hello wORLD's 3rd", "\u01c6xyz", "x\U0001F600y\U0001F600", "aaaa", "-42", "+7",
               "\u00b2\u0663\u00bd", "_id3", "3id", "\u00e9t\u00e9", "ab\tcd\tefg\n\t1"]
    calls = [("split", ()), ("split", (",",)), ("split", (None, 1)), ("split", (",", 1)), ("split", ("",)),
             ("rsplit", ()), ("rsplit", (",", 1)), ("rsplit", (None, 1)), ("strip", ()), ("strip", ("a ",)),
             ("lstrip", ()), ("rstrip", ("z",)), ("replace", ("a", "XY")), ("replace", ("", "-")),
             ("replace", ("a", "", 2)), ("replace", ("", "-", 2)), ("find", ("b",)), ("find", ("", 2)),
             ("find", ("a", 1, 3)), ("rfind", ("a",)), ("rfind", ("",)), ("index", ("zz",)), ("rindex", ("a",)),
             ("count", ("a",)), ("count", ("",)), ("count", ("a", -3)), ("startswith", ("a",)),
             ("startswith", (("x", "ab"),)), ("startswith", (1,)), ("endswith", ("c", 0, 2)), ("upper", ()),
             ("lower", ()), ("casefold", ()), ("swapcase", ()), ("capitalize", ()), ("title", ()),
             ("isupper", ()), ("islower", ()), ("istitle", ()), ("isspace", ()), ("isalpha", ()),
             ("isdecimal", ()), ("isdigit", ()), ("isnumeric", ()), ("isalnum", ()), ("isidentifier", ()),
             ("center", (9,)), ("center", (10, "*")), ("ljust", (6, "-")), ("rjust", (7,)), ("zfill", (6,)),
             ("center", (5, "ab")), ("partition", (",",)), ("rpartition", (",",)), ("partition", ("",)),
             ("splitlines", ()), ("splitlines", (True,)), ("expandtabs", ()), ("expandtabs", (4,)),
             ("encode", ()), ("encode", ("ascii",)), ("encode", ("latin-1",)), ("removeprefix", ("a",)),
             ("removesuffix", ("c",)), ("join", (["x", "y", "z"],)), ("join", (["x", 1],)),
             ("translate", ({97: "A", 98: None, 99: 100},))]
    for s in strings:
        for name, args in calls:
            cases.append(case("method", _call, s, name, list(args)))
    cases.append(case("method", _call, "abc", "translate", [str.maketrans("ab", "xy", "c")]))
    lists = [[3, 1, 2], [], [1, "a", 2.5, None], [5, 5, 1, 5]]
    list_calls = [("append", (4,)), ("extend", ((7, 8),)), ("insert", (1, "i")), ("insert", (-100, 0)),
                  ("insert", (100, 9)), ("pop", ()), ("pop", (0,)), ("pop", (10,)), ("remove", (5,)),
                  ("remove", (42,)), ("index", (5,)), ("index", (42,)), ("index", (5, 1)), ("count", (5,)),
                  ("sort", ()), ("reverse", ()), ("copy", ()), ("clear", ())]
    for lst in lists:
        for name, args in list_calls:
            cases.append(case("method", _call, list(lst), name, list(args)))
    dicts = [{"a": 1, "b": 2}, {}, {1: "x", 2.5: None, (1, 2): [3]}]
    dict_calls = [("get", ("a",)), ("get", ("z", 0)), ("setdefault", ("c", 3)), ("setdefault", ("a",)),
                  ("pop", ("a",)), ("pop", ("z",)), ("pop", ("z", None)), ("popitem", ()), ("keys", ()),
                  ("values", ()), ("items", ()), ("update", ({"a": 9, "n": 1},)), ("update", ([("k", 1)],)),
                  ("update", ([1],)), ("update", (["abc"],)), ("copy", ()), ("clear", ()), ("fromkeys", ("ab", 0))]
    for d in dicts:
        for name, args in dict_calls:
            cases.append(case("method", _call, dict(d), name, list(args)))
    sets = [{1, 2, 3}, set(), {5, 10, 15, 20}]
    set_calls = [("add", (4,)), ("discard", (2,)), ("remove", (2,)), ("remove", (99,)), ("pop", ()),
                 ("union", ([9, 8], (7,))), ("intersection", ([1, 2, 10],)), ("difference", ([1], [3])),
                 ("symmetric_difference", ([1, 100],)), ("issubset", ([1, 2, 3, 4],)), ("issuperset", ([1],)),
                 ("isdisjoint", ([7],)), ("update", ([7, 8], {9})), ("intersection_update", ([1, 5, 15],)),
                 ("difference_update", ([1, 5],)), ("symmetric_difference_update", ([1, 2, 99],)), ("clear", ())]
    for st in sets:
        for name, args in set_calls:
            cases.append(case("method", _call, set(st), name, list(args)))
    for t in [(1, 2, 1), ()]:
        cases.append(case("method", _call, t, "count", [1]))
        cases.append(case("method", _call, t, "index", [1]))
    write("methods.jsonl", cases)


def _isinstance_by_name(value, name):
    types = {t.__name__: t for t in (int, bool, float, str, list, tuple, dict, set, frozenset, object)}
    return isinstance(value, tuple(types[n] for n in name) if isinstance(name, list) else types[name])


def builtins_():
    cases = []
    for text in [" -1_000 ", "1f", "z", "abc", "", "1__0", "_1", "0b101", "010", "0", "00", "0x_1f", "12 ",
                 "\u0661\u0662", "+0o17", "1" * 5000, "9" * 30, "-" , "0x", "1_", "\u00a012\u2003"]:
        cases.append(case("int", int, text))
        for base in (0, 2, 8, 16, 36, 37, 1):
            cases.append(case("int_base", int, text, base))
    for v in [3.9, -3.9, True, None, [1], 2**70, 1e20, math.inf, math.nan, -0.5]:
        cases.append(case("int", int, v))
    cases.append(case("int_base", int, 5, 10))
    for text in ["1_0.5", "inf", " -InFiNiTy ", "nan", "1e", "0x10", "1.5e400", ".5", "5.", "1_000.000_1",
                 "1._5", "+.e1", " 12 ", "-0", "1e-400", "infinityx", "\u0661.5"]:
        cases.append(case("float", float, text))
    for v in [[], None, 2**1100, True, 7]:
        cases.append(case("float", float, v))
    for v in [-1, 65, 0x10FFFF, 0x110000, 0xD800, 2**70, 1.5]:
        cases.append(case("chr", chr, v))
    for v in ["a", "ab", "", 1, "\U0001F600"]:
        cases.append(case("ord", ord, v))
    for it in [[], [3, 1, 2], [1, 1.0, True], ["b", "a", "c"], [1, "a"], [(1, 2), (1, 1)], [2.5, -1, 3]]:
        cases.append(case("max", max, it))
        cases.append(case("min", min, it))
        cases.append(case("max_default", lambda x: max(x, default="d"), it))
        cases.append(case("sum", sum, it))
        cases.append(case("sorted", sorted, it))
        cases.append(case("sorted_rev", lambda x: sorted(x, reverse=True), it))
        cases.append(case("any", any, it))
        cases.append(case("all", all, it))
        cases.append(case("reversed", lambda x: list(reversed(x)), it))
        cases.append(case("enumerate", lambda x: list(enumerate(x, 1)), it))
    for start in [0.5, "", [], (1,), 10**20]:
        cases.append(case("sum_start", sum, [[1], [2]] if isinstance(start, list) else [1, 2] if not isinstance(start, tuple) else [(2,)], start))
    for a, b, c in [([1], [1, 2], None), ([1, 2], [1], None), ([1], [1], [1, 2]), ([1, 2], [3, 4], [5, 6])]:
        args = [a, b] if c is None else [a, b, c]
        cases.append(case("zip_strict", lambda *xs: list(zip(*xs, strict=True)), *args))
        cases.append(case("zip", lambda *xs: list(zip(*xs)), *args))
    for v in [True, 1, 1.0, "s", None, [], (), {}, set(), frozenset(), range(1), 1j]:
        for t in (int, bool, float, str, list, tuple, dict, set, frozenset, object, (int, str)):
            name = t.__name__ if isinstance(t, type) else [x.__name__ for x in t]
            cases.append(case("isinstance", _isinstance_by_name, v, name))
        cases.append(case("type", lambda x: repr(type(x)), v))
    for v in [5, "ab", [1, 2], None, {1: 2}, range(10), (1,)]:
        cases.append(case("len", len, v))
    write("builtins.jsonl", cases)


class _Logged:
    """A value whose < records (left tag, right tag), to compare list.sort's comparison sequence."""

    log = []

    def __init__(self, tag, value):
        self.tag = tag
        self.value = value

    def __lt__(self, other):
        _Logged.log.append((self.tag, other.tag))
        return self.value < other.value


def _sort_trace(values, with_key, reverse):
    _Logged.log = []
    items = [_Logged(i, v) for i, v in enumerate(values)]
    if with_key:
        items = sorted(range(len(values)), key=lambda i: items[i], reverse=reverse)
        order = items
    else:
        items.sort(reverse=reverse)
        order = [x.tag for x in items]
    h = 0
    for a, b in _Logged.log:
        h = (h * 1000003 + a * 4099 + b) % (2**61 - 1)
    return (len(_Logged.log), h, order)


def sorting():
    cases = []
    for n in [0, 1, 2, 5, 63, 64, 65, 100, 130, 257, 600, 1500]:
        for kind in range(4):
            if kind == 0:
                values = [rng.randint(0, n // 3 + 1) for _ in range(n)]
            elif kind == 1:
                values = sorted(rng.randint(0, 1000) for _ in range(n))
                for _ in range(n // 20):
                    i, j = rng.randrange(n), rng.randrange(n)
                    values[i], values[j] = values[j], values[i]
            elif kind == 2:
                values = list(range(n, 0, -1)) + [rng.randint(0, 50) for _ in range(n // 2)]
            else:
                values = [rng.random() for _ in range(n)]
            cases.append(case("sort_trace", lambda v, k: _sort_trace(v, k == 3, k == 2), values, kind))
    mixed = [1] * 70 + ["a"] + [2] * 10
    cases.append(case("sort_plain", lambda v: sorted(v), mixed))
    cases.append(case("sort_plain", lambda v: sorted(v), [3, 1, "x", 2.5] * 30))
    write("sorting.jsonl", cases)


if __name__ == "__main__":
    arithmetic()
    comparisons()
    formatting()
    sets_and_hashes()
    percent_and_str_format()
    methods()
    builtins_()
    sorting()
