"""str operations on a 3 MB string and formatting in loops: each timed twice in a row, printed to stderr in ms.

Run under both: python3 bench/micro/str_ops.py; portalis run bench/micro/str_ops.py (warm cache). Not part of the
median in run-vs-cpython.py: it locates costs, it does not rank programs.
"""
import time, sys
t = ",".join(f"{i:05d}-{i%7}" for i in range(300000))
for name, fn in [("count", lambda: t.count("-3")), ("upper", lambda: t.upper()), ("lower", lambda: t.lower()), ("replace", lambda: t.replace("-", "")), ("find", lambda: t.find("zz")), ("in", lambda: "zz" in t), ("split", lambda: t.split(",")), ("strip", lambda: t.strip()), ("startswith", lambda: [t.startswith("0") for _ in range(100000)]), ("isdigit", lambda: t.isdigit()), ("join", lambda: "".join(t)), ("encode", lambda: t.encode()), ("slice", lambda: [t[i:i+5] for i in range(0, 300000, 3)]), ("index1", lambda: [t[i] for i in range(300000)]), ("fmtd", lambda: [f"{i:05d}" for i in range(100000)]), ("fmtf", lambda: [f"{i*0.1:.2f}" for i in range(100000)]), ("str", lambda: [str(i) for i in range(100000)]), ("pct", lambda: ["%d-%s" % (i, i) for i in range(100000)]), ("format", lambda: ["{}:{}".format(i, i) for i in range(100000)]), ("concat", lambda: [str(i) + "x" for i in range(100000)])]:
    t0 = time.perf_counter(); fn(); fn(); t1 = time.perf_counter()
    print(f"{name} {(t1-t0)*1000:.1f}", file=sys.stderr)
