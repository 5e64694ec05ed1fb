#!/usr/bin/env python3
"""Conformance check of `portalis parse --dump` against CPython's ast over the standard library.

For every .py file of the installed standard library (site-packages excluded), python3 computes
ast.dump(ast.parse(source)) -- or REJECT when CPython raises SyntaxError/ValueError -- and one
`portalis parse --dump` run covers all files. Each file passes when the outputs are identical (a
rejected file must be rejected by both). Failures, with the first differing position, go to the
failures file; the last line printed is "N passed, N failed".

Usage: python3 eng/check-stdlib.py [--dll PATH] [--positions] [--sample N] [--out FILE] [--root DIR] [--cache FILE]

Known failures (CPython 3.11.7 stdlib, 1790 files: 1784 pass):
- 6 test files with string literals whose escapes make a high surrogate followed by a low one
  ('\ud834\udd1e'): a Python str keeps two code points, a .NET string cannot tell the pair from the
  astral character, so the dump shows the character (test_capi/test_unicode, test_codeccallbacks,
  test_codecs, test_json/test_scanstring, test_sqlite3/test_userfunctions, test_unicode).
"""
import argparse
import ast
import multiprocessing
import os
import pickle
import tempfile
import subprocess
import sys
import sysconfig
import time
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DLL = os.path.join(HERE, "..", "src", "Portalis.Cli", "bin", "Release", "net10.0", "portalis.dll")


def reference(args):
    path, positions = args
    with open(path, "rb") as f:
        source = f.read()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = ast.parse(source, filename=path)
    except (SyntaxError, ValueError):
        return path, "REJECT"
    except (MemoryError, RecursionError):
        return path, "REJECT"
    return path, ast.dump(tree, include_attributes=positions)


def stdlib_files(root):
    files = []
    for base, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d != "site-packages" and d != "__pycache__")
        for name in sorted(names):
            if name.endswith(".py"):
                files.append(os.path.join(base, name))
    return sorted(files)


def run_portalis(dll, files, positions):
    cmd = ["dotnet", dll, "parse", "--dump"] + (["--positions"] if positions else []) + files
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    out = {}
    current = None
    lines = []
    for line in proc.stdout.decode("utf-8", "surrogateescape").split("\n"):
        if line.startswith("== "):
            if current is not None:
                out[current] = "\n".join(lines) if lines else "REJECT"
            current = line[3:]
            lines = []
        elif line and current is not None:
            lines.append(line)
    if current is not None:
        out[current] = "\n".join(lines) if lines else "REJECT"
    return out, elapsed, proc


def first_difference(a, b):
    n = min(len(a), len(b))
    for i in range(n):
        if a[i] != b[i]:
            return i
    return n


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dll", default=DEFAULT_DLL)
    parser.add_argument("--positions", action="store_true")
    parser.add_argument("--sample", type=int, default=0, help="check every Nth file only")
    parser.add_argument("--out", default=os.path.join(tempfile.gettempdir(), "portalis-stdlib-failures.txt"))
    parser.add_argument("--root", default=sysconfig.get_paths()["stdlib"])
    parser.add_argument("--cache", help="pickle file that keeps python3's dumps between runs")
    args = parser.parse_args()

    files = stdlib_files(args.root)
    if args.sample:
        files = files[::args.sample]

    start = time.perf_counter()
    expected = None
    if args.cache and os.path.exists(args.cache):
        with open(args.cache, "rb") as f:
            expected = pickle.load(f)
        if not all(f in expected for f in files):
            expected = None
    if expected is None:
        with multiprocessing.Pool() as pool:
            expected = dict(pool.map(reference, [(f, args.positions) for f in files], chunksize=16))
        if args.cache:
            with open(args.cache, "wb") as f:
                pickle.dump(expected, f)
    python_elapsed = time.perf_counter() - start

    actual, portalis_elapsed, proc = run_portalis(args.dll, files, args.positions)
    passed = 0
    failures = []
    for path in files:
        want = expected[path]
        got = actual.get(path, "MISSING")
        if want == got:
            passed += 1
            continue
        i = first_difference(want, got)
        failures.append(f"{path}\n  at {i}\n  expected: {want[max(0, i - 80):i + 120]!r}\n  actual:   {got[max(0, i - 80):i + 120]!r}\n")
    with open(args.out, "w") as f:
        f.writelines(failures)
    print(f"python3 reference (ast.parse + dump, {multiprocessing.cpu_count()} processes): {python_elapsed:.1f}s; "
          f"portalis (one process): {portalis_elapsed:.1f}s; failures listed in {args.out}", file=sys.stderr)
    print(f"{passed} passed, {len(failures)} failed")


if __name__ == "__main__":
    main()
