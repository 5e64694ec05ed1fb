#!/usr/bin/env python3
"""Front-end speed: CPython 3.11's ast.parse against Portalis's tokenizer and parser, on the same files.

    python3 bench/parse-vs-cpython.py [--repeat N] [--portalis PATH] [paths...]

Default corpus: every .py file of the installed standard library (site-packages excluded). Both sides
read all files into memory first and time only decoding + tokenizing/parsing, median of N rounds:
- CPython: ast.parse(bytes) for each file (compile(..., PyCF_ONLY_AST), which decodes, tokenizes and
  parses), in this process.
- Portalis: the hidden command `portalis bench-frontend --repeat N FILE...` (one process; the first
  round warms up the JIT and is dropped), which reports decode+tokenize and decode+parse separately.
Prints MB/s for each and the ratios, by wall clock and by process CPU time (the CPU figures are the
steadier ones on a loaded machine). Files that either side rejects are still timed (both stop at the
first error). Build first: dotnet build -c Release src/Portalis.Cli
"""
import argparse
import ast
import os
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
import warnings

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def collect(paths):
    files = []
    for p in paths:
        if os.path.isdir(p):
            for d, dirs, names in os.walk(p):
                dirs.sort()
                dirs[:] = [x for x in dirs if x != "site-packages"]
                files += [os.path.join(d, n) for n in sorted(names) if n.endswith(".py")]
        else:
            files.append(p)
    return files


def time_cpython(blobs, repeat):
    times, cpu_times = [], []
    errors = 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for _ in range(repeat):
            errors = 0
            start, cpu_start = time.perf_counter(), time.process_time()
            for path, data in blobs:
                try:
                    ast.parse(data, path)
                except (SyntaxError, ValueError):
                    errors += 1
            times.append(time.perf_counter() - start)
            cpu_times.append(time.process_time() - cpu_start)
    return statistics.median(times), statistics.median(cpu_times), errors


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--portalis", default=os.path.join(ROOT, "src/Portalis.Cli/bin/Release/net10.0/portalis.dll"))
    parser.add_argument("paths", nargs="*")
    args = parser.parse_args()
    files = collect(args.paths or [sysconfig.get_paths()["stdlib"]])
    blobs = []
    for f in files:
        with open(f, "rb") as fh:
            blobs.append((f, fh.read()))
    total = sum(len(d) for _, d in blobs)

    cpython_seconds, cpython_cpu, cpython_errors = time_cpython(blobs, args.repeat)

    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as listing:
        listing.write("\n".join(files))
    try:
        command = ["dotnet", args.portalis] if args.portalis.endswith(".dll") else [args.portalis]
        run = subprocess.run(command + ["bench-frontend", "--repeat", str(args.repeat), "@" + listing.name],
                             capture_output=True, text=True)
    finally:
        os.unlink(listing.name)
    if run.returncode != 0:
        sys.exit(f"portalis bench-frontend failed:\n{run.stdout}\n{run.stderr}")
    fields = dict(item.split("=", 1) for item in run.stdout.split())
    mb = total / 1e6
    print(f"corpus: {len(files)} files, {mb:.1f} MB; median of {args.repeat} rounds; files rejected: "
          f"CPython {cpython_errors}, Portalis {fields['parse_errors']}")
    rows = [
        ("wall-clock", cpython_seconds, float(fields["tokenize_seconds"]), float(fields["parse_seconds"])),
        ("process CPU", cpython_cpu, float(fields["tokenize_cpu_seconds"]), float(fields["parse_cpu_seconds"])),
    ]
    for clock, cpython, tokenize_s, parse_s in rows:
        print(f"[{clock}]")
        print(f"  CPython ast.parse        {cpython:8.3f} s  {mb / cpython:8.1f} MB/s")
        print(f"  Portalis tokenize only   {tokenize_s:8.3f} s  {mb / tokenize_s:8.1f} MB/s  ({cpython / tokenize_s:.1f}x ast.parse)")
        print(f"  Portalis parse           {parse_s:8.3f} s  {mb / parse_s:8.1f} MB/s  ({cpython / parse_s:.1f}x ast.parse)")


if __name__ == "__main__":
    main()
