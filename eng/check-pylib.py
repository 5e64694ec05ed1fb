#!/usr/bin/env python3
"""Checks the Python-source standard library of Portalis (src/Portalis.Compiler/Lib) against CPython.

Every test script tests/Portalis.Compiler.Tests/Lib/<module>_*.py runs twice under python3 -I -S:
once with CPython's own standard library and once with the modules of src/Portalis.Compiler/Lib
taking the place of CPython's. Both runs go through the same small harness, so the only difference
is which module the script imports. The outputs (stdout, then the exit status) must be identical, and the CPython run must exit 0 (a
script that crashes would hide the rest of its checks; it counts as different).

CPython imports enum, functools, collections, abc, types ... while it starts, so shadowing through
sys.path alone does not work. The harness first imports the native modules Portalis writes in C#
(re, json, random, threading, ...) from CPython's library, so that they keep CPython's enum/functools; then it
drops the Portalis-owned names from sys.modules and installs a finder that loads them from Lib.
The native helper modules the Lib sources import are mapped onto CPython's: `_collections` is
CPython's own (deque), `_string` gets the string constants added.

-I leaves string hashing randomized in every run, so a script whose output depends on the order
of a set of strings shows up as different: test scripts must not print such orders.

string.Formatter's two parsers, which CPython takes from the C module _string, are also compared
with _string's on every string of up to 5 characters over "{}a!:[].0r" (skipped when PATTERNs
are given).

Each script has a checked-in <script>.expected: CPython's stdout, the golden output for running the
translated script under Portalis without Python on the machine. The check fails when one is
missing or stale; --write-expected rewrites them from CPython.

Usage: python3 eng/check-pylib.py [-v] [--write-expected] [PATTERN ...]
       (PATTERN: substring of a script name)
Prints "N scripts, N same, N different" last; exits 1 when any script differs.
"""
import difflib
import glob
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LIB = os.path.join(ROOT, "src", "Portalis.Compiler", "Lib")
TESTS = os.path.join(ROOT, "tests", "Portalis.Compiler.Tests", "Lib")

HARNESS = r'''
import sys
lib, script, redirect = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
# The modules Portalis implements natively in C#: always CPython's, imported before redirection.
import re, math, itertools, json, heapq, bisect, random, time, os, zlib, io, threading, _collections, _string
if redirect:
    import importlib.machinery, importlib.util
    owned = set()
    for entry in os.listdir(lib):
        if entry.endswith(".py"):
            owned.add(entry[:-3])
        elif os.path.isfile(os.path.join(lib, entry, "__init__.py")):
            owned.add(entry)
    for name in list(sys.modules):
        if name.split(".")[0] in owned:
            del sys.modules[name]
    class PortalisLibFinder:
        @classmethod
        def find_spec(cls, name, path=None, target=None):
            if name.split(".")[0] not in owned:
                return None
            search = [lib] if "." not in name else path
            return importlib.machinery.PathFinder.find_spec(name, search)
    sys.meta_path.insert(0, PortalisLibFinder)
    # _string: the native module of Portalis also carries the string constants.
    _string.whitespace = ' \t\n\r\x0b\x0c'
    _string.ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
    _string.ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
    _string.ascii_letters = _string.ascii_lowercase + _string.ascii_uppercase
    _string.digits = '0123456789'
    _string.hexdigits = '0123456789abcdefABCDEF'
    _string.octdigits = '01234567'
    _string.punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
    _string.printable = _string.digits + _string.ascii_letters + _string.punctuation + _string.whitespace
main = type(sys)("__main__")
main.__file__ = script
sys.modules["__main__"] = main
sys.argv = [script]
with open(script, encoding="utf-8") as f:
    code = compile(f.read(), script, "exec")
exec(code, main.__dict__)
'''


def expected_path(script):
    return script[:-3] + ".expected"


def run(script, redirect):
    proc = subprocess.run(
        [sys.executable, "-B", "-I", "-S", "-c", HARNESS, LIB, script, "1" if redirect else "0"],
        capture_output=True, text=True, timeout=60)
    err = proc.stderr.strip().splitlines()
    # Only the exception line of a traceback is compared: file names and lines differ by design.
    last = err[-1] if err else ""
    return proc.stdout + "[exit %d] %s\n" % (proc.returncode, last if proc.returncode else ""), proc.stderr


PARSER_CHECK = r'''
import itertools, string as real, sys, _string, importlib.util
for name in ("whitespace", "ascii_lowercase", "ascii_uppercase", "ascii_letters", "digits",
             "hexdigits", "octdigits", "punctuation", "printable"):
    setattr(_string, name, getattr(real, name))
sys.path.append(sys.argv[1])
spec = importlib.util.spec_from_file_location("portalis_string", sys.argv[1] + "/string.py")
mine = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mine)
def parse(f, s):
    try:
        return list(f(s))
    except ValueError as e:
        return str(e)
def split(f, s):
    try:
        first, rest = f(s)
        return first, list(rest)
    except ValueError as e:
        return str(e)
n = bad = 0
for length in range(int(sys.argv[2]) + 1):
    for chars in itertools.product("{}a!:[].0r", repeat=length):
        s = "".join(chars)
        n += 1
        if parse(_string.formatter_parser, s) != parse(mine._formatter_parser, s):
            bad += 1
        if split(_string.formatter_field_name_split, s) != split(mine._formatter_field_name_split, s):
            bad += 1
print(n, bad)
'''


def check_formatter_parsers(max_length=5):
    """string.Formatter's parsers against CPython's _string, on every string up to max_length."""
    proc = subprocess.run([sys.executable, "-B", "-c", PARSER_CHECK, LIB, str(max_length)],
                          capture_output=True, text=True, timeout=300)
    if proc.returncode != 0:
        print("string parsers: check failed\n" + proc.stderr)
        return False
    n, bad = proc.stdout.split()
    print("string parsers: %s format strings, %s differences from _string" % (n, bad))
    return bad == "0"


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    verbose = "-v" in sys.argv
    write_expected = "--write-expected" in sys.argv
    scripts = sorted(glob.glob(os.path.join(TESTS, "*_*.py")))
    if args:
        scripts = [s for s in scripts if any(a in os.path.basename(s) for a in args)]
    same = different = 0
    for script in scripts:
        expected, _ = run(script, False)
        actual, stderr = run(script, True)
        name = os.path.relpath(script, ROOT)
        if not expected.endswith("[exit 0] \n"):
            # A test script must run to its end under CPython: a crash would hide the rest of it.
            different += 1
            print("BROKEN    " + name + " (fails under CPython: " + expected.splitlines()[-1] + ")")
            continue
        golden = expected[:expected.rindex("[exit 0]")]
        if write_expected:
            with open(expected_path(script), "w", encoding="utf-8", newline="\n") as f:
                f.write(golden)
        elif not os.path.exists(expected_path(script)) or \
                open(expected_path(script), encoding="utf-8").read() != golden:
            different += 1
            print("STALE     " + name + ": its .expected file is not CPython's output"
                  " (python3 eng/check-pylib.py --write-expected)")
            continue
        if expected == actual:
            same += 1
            if verbose:
                print("same      " + name)
            continue
        different += 1
        print("DIFFERENT " + name)
        for line in difflib.unified_diff(expected.splitlines(), actual.splitlines(), "cpython", "portalis", lineterm="", n=1):
            print("    " + line)
        if verbose and stderr:
            print("    stderr (portalis run):")
            for line in stderr.splitlines()[-15:]:
                print("      " + line)
    parsers_ok = check_formatter_parsers() if not args else True
    print("%d scripts, %d same, %d different" % (len(scripts), same, different))
    return 1 if different or not parsers_ok else 0


if __name__ == "__main__":
    sys.exit(main())
