#!/usr/bin/env python3
"""CPU-bound parallel Python programs under python3 and under `portalis run` (warm cache), side by side.

Usage: python3 bench/run-concurrency-vs-cpython.py [--repeat N] [--portalis PATH] [--baseline PATH] [FILTER ...]

Every program in bench/concurrency takes its worker count as sys.argv[1] and prints a deterministic
result. Each runs with 1 and with 2 workers, N times under each implementation, interleaved
(python3, portalis, python3, ...), after one untimed `portalis run` that fills the cache; the outputs
must be equal. Printed per program, from wall-clock medians:

- python3 and portalis seconds with 2 workers, and their ratio (python3 / portalis: above 1 means
  Portalis is faster);
- the speed-up from 1 to 2 workers under each (time with 1 worker / time with 2 workers).

With --baseline PATH (another build's `portalis`, e.g. a copy of the bin folder before a change), that
build runs too, interleaved with the others, and the table gains its seconds, ratio and 1->2 columns:
before and after, measured side by side under the same load.

The median ratio over the programs closes the table. Medians of a few runs on a noisy 2-core machine:
compare the ratios, which are measured side by side, rather than the absolute times.
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = os.path.join(ROOT, "bench", "concurrency")
DEFAULT_PORTALIS = os.path.join(ROOT, "src", "Portalis.Cli", "bin", "Release", "net10.0", "portalis")
WORKERS = (1, 2)


def timed(cmd):
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True)
    return time.perf_counter() - start, done


def measure(builds, path, workers, repeat):
    """Returns [python3 median, median of each portalis build] for one worker count, or an error text."""
    for portalis in builds:
        timed([portalis, "run", path, str(workers)])
    times = [[] for _ in range(len(builds) + 1)]
    for _ in range(repeat):
        t, py = timed([sys.executable, path, str(workers)])
        times[0].append(t)
        if py.returncode != 0:
            return f"python3 failed: {py.stderr.strip()[-200:]}"
        for k, portalis in enumerate(builds, 1):
            t, pt = timed([portalis, "run", path, str(workers)])
            times[k].append(t)
            if pt.returncode != 0 or pt.stdout != py.stdout:
                detail = pt.stderr.strip()[-200:] or f"stdout {pt.stdout.strip()[:80]!r} != {py.stdout.strip()[:80]!r}"
                return f"{portalis} differs: {detail}"
    return [statistics.median(ts) for ts in times]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--portalis", default=DEFAULT_PORTALIS)
    parser.add_argument("--baseline", help="another portalis build to measure side by side (before a change)")
    parser.add_argument("filters", nargs="*")
    args = parser.parse_args()
    builds = [args.portalis] + ([args.baseline] if args.baseline else [])
    for build in builds:
        if not os.path.exists(build):
            sys.exit(f"build the CLI first: dotnet build src/Portalis.Cli -c Release ({build} not found)")
    print(f"# load average {os.getloadavg()[0]:.1f}, {os.cpu_count()} cores; {args.repeat} runs each, medians\n")
    header = "| program | python3 s (2 workers) | portalis s (2 workers) | ratio | python3 1->2 | portalis 1->2 |"
    if args.baseline:
        header += " baseline s (2 workers) | baseline ratio | baseline 1->2 |"
    print(header)
    print("|" + " --- |" * (header.count("|") - 1))
    ratios, base_ratios = [], []
    names = sorted(f for f in os.listdir(PROGRAMS) if f.endswith(".py"))
    for name in names:
        if args.filters and not any(f in name for f in args.filters):
            continue
        path = os.path.join(PROGRAMS, name)
        results = {w: measure(builds, path, w, args.repeat) for w in WORKERS}
        errors = [r for r in results.values() if isinstance(r, str)]
        if errors:
            print(f"| {name} | {errors[0]} |" + " |" * (header.count("|") - 3))
            continue
        one, two = results[1], results[2]
        py1, py2 = one[0], two[0]
        row = f"| {name} | {py2:.3f} | {two[1]:.3f} | {py2 / two[1]:.2f}x | {py1 / py2:.2f}x | {one[1] / two[1]:.2f}x |"
        ratios.append(py2 / two[1])
        if args.baseline:
            row += f" {two[2]:.3f} | {py2 / two[2]:.2f}x | {one[2] / two[2]:.2f}x |"
            base_ratios.append(py2 / two[2])
        print(row, flush=True)
    if ratios:
        print(f"\nmedian ratio: {statistics.median(ratios):.2f}x (python3 time / portalis time, 2 workers)")
    if base_ratios:
        print(f"baseline median ratio: {statistics.median(base_ratios):.2f}x")


if __name__ == "__main__":
    main()
