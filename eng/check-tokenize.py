#!/usr/bin/env python3
"""Compares `portalis tokenize --python-format` with `python3 -m tokenize -e` on every .py file of the
installed standard library (or of the paths given; site-packages is skipped), and prints
"N passed, N failed, N excluded".

    python3 eng/check-tokenize.py [--portalis PATH_TO_portalis_dll_or_exe] [--show N] [paths...]

Lib/tokenize.py is a regex tokenizer, not the C tokenizer the parser uses: files CPython cannot compile
are excluded, and a difference is excused only when one of the documented reasons in excluded()
applies to the file; every exclusion is printed with its reason. The comparison runs
Lib/tokenize.py in this process and Portalis once per batch of files (one process, many files).
"""
import argparse
import io
import re
import os
import subprocess
import sys
import sysconfig
import tokenize
from token import tok_name

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def python_tokens(path):
    """What `python3 -m tokenize -e path` prints (Lib/tokenize.py, main)."""
    out = io.StringIO()
    with open(path, "rb") as f:
        for token in tokenize.tokenize(f.readline):
            token_range = "%d,%d-%d,%d:" % (token.start + token.end)
            out.write("%-20s%-15s%-15r\n" % (token_range, tok_name[token.exact_type], token.string))
    return out.getvalue()


UNCOMPILABLE = "CPython cannot compile it (Lib/tokenize.py emits ERRORTOKEN and continues)"


def compiles(path, data):
    """Files CPython itself cannot compile are excluded: the C tokenizer stops with an error where
    Lib/tokenize.py emits ERRORTOKEN and goes on (lib2to3 and test data with Python 2 syntax)."""
    try:
        compile(data, path, "exec", dont_inherit=True, flags=0x400)  # PyCF_ONLY_AST
    except (SyntaxError, ValueError):
        return False
    return True


def excluded(path, data):
    """For a file whose outputs differ: the documented reason Lib/tokenize.py's output is not the C
    tokenizer's there, or None (a real failure)."""
    # 1. A lone carriage return ends a line for the C tokenizer (universal newlines); Lib/tokenize.py
    #    reads lines split at b'\n' only.
    if b"\r" in data.replace(b"\r\n", b""):
        return "lone \\r line ending (Lib/tokenize.py splits lines at \\n only)"
    # 2. A last line holding only blanks and no newline: Lib/tokenize.py emits a NEWLINE token there,
    #    the C tokenizer treats it as a blank line.
    last = data.rsplit(b"\n", 1)[-1]
    if last and not last.strip(b" \t\f"):
        return "whitespace-only last line without newline (Lib/tokenize.py emits NEWLINE)"
    # 3. A backslash continuation in the indentation: the C tokenizer measures indentation up to the
    #    first backslash (cont_line_col); Lib/tokenize.py measures the next line afresh.
    for line in data.split(b"\n"):
        stripped = line.lstrip(b" \t\f")
        if stripped.startswith(b"\\") and stripped[1:].strip() == b"":
            return "backslash continuation inside the indentation"
    # 4. Identifier characters that are XID_Continue but not matched by the regular expression \w that
    #    Lib/tokenize.py's Name pattern uses (variation selectors U+E0100.., combining marks): the C
    #    tokenizer keeps them in the NAME, Lib/tokenize.py splits the name there.
    try:
        text = data.decode(tokenize.detect_encoding(io.BytesIO(data).readline)[0])
    except (SyntaxError, LookupError, UnicodeDecodeError):
        text = ""
    for c in set(ch for ch in text if ord(ch) > 127):
        if ("a" + c).isidentifier() and not re.match(r"\w", c):
            return "identifier character outside \\w (Lib/tokenize.py splits the NAME)"
    return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--portalis", default=os.path.join(ROOT, "src/Portalis.Cli/bin/Release/net10.0/portalis.dll"))
    parser.add_argument("--show", type=int, default=3, help="print the first differing lines of N failures")
    parser.add_argument("paths", nargs="*")
    args = parser.parse_args()
    paths = args.paths or [sysconfig.get_paths()["stdlib"]]
    files = []
    for p in paths:
        if os.path.isdir(p):
            for d, dirs, names in os.walk(p):
                dirs.sort()
                dirs[:] = [x for x in dirs if x != "site-packages"]
                files += [os.path.join(d, n) for n in sorted(names) if n.endswith(".py")]
        else:
            files.append(p)

    # Every file is compared; a difference is excused only when a documented reason applies to the file
    # (excluded() below), and files CPython cannot compile are excluded up front.
    candidates, exclusions, data_of = [], {}, {}
    for f in files:
        with open(f, "rb") as fh:
            data_of[f] = fh.read()
        if not compiles(f, data_of[f]):
            exclusions.setdefault(UNCOMPILABLE, []).append(f)
        else:
            candidates.append(f)

    command = ["dotnet", args.portalis] if args.portalis.endswith(".dll") else [args.portalis]
    passed = failed = 0
    shown = 0
    batch = 200
    for i in range(0, len(candidates), batch):
        chunk = candidates[i:i + batch]
        run = subprocess.run(command + ["tokenize", "--python-format"] + chunk, capture_output=True)
        outputs = split_outputs(run.stdout.decode("utf-8", "replace"), chunk)
        for f in chunk:
            expected = python_tokens(f)
            actual = outputs.get(f, "")
            if expected == actual:
                passed += 1
                continue
            reason = excluded(f, data_of[f])
            if reason:
                exclusions.setdefault(reason, []).append(f)
                continue
            failed += 1
            if shown < args.show:
                shown += 1
                show_difference(f, expected, actual)

    for reason, fs in sorted(exclusions.items()):
        print(f"excluded {len(fs):4d}: {reason}")
    print(f"{passed} passed, {failed} failed, {sum(len(v) for v in exclusions.values())} excluded")
    return 1 if failed else 0


def split_outputs(text, chunk):
    if len(chunk) == 1:
        return {chunk[0]: text}
    outputs, current, lines = {}, None, []
    for line in text.splitlines(keepends=True):
        if line.startswith("==> ") and line.rstrip("\n").endswith(" <=="):
            if current is not None:
                outputs[current] = "".join(lines)
            current, lines = line[4:-5], []
        else:
            lines.append(line)
    if current is not None:
        outputs[current] = "".join(lines)
    return outputs


def show_difference(path, expected, actual):
    print(f"FAIL {path}")
    e, a = expected.splitlines(), actual.splitlines()
    for n, (x, y) in enumerate(zip(e, a)):
        if x != y:
            print(f"  line {n + 1}\n    python:   {x!r}\n    portalis: {y!r}")
            return
    print(f"  lengths differ: python {len(e)} lines, portalis {len(a)} lines")


if __name__ == "__main__":
    sys.exit(main())
