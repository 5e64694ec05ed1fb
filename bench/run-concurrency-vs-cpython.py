#!/usr/bin/env python3
"""CPU-bound parallel Python programs under python3 and under `portalis run` (warm cache), side by side.

Usage: python3 bench/run-concurrency-vs-cpython.py [--repeat N] [--portalis PATH] [FILTER ...]

Every program in bench/concurrency takes its worker count as sys.argv[1] and prints a deterministic
result. Each runs with 1 and with 2 workers, N times under each implementation, interleaved
(python3, portalis, python3, ...), after one untimed `portalis run` that fills the cache; the outputs
must be equal. Printed per program, from wall-clock medians:

- python3 and portalis seconds with 2 workers, and their ratio (python3 / portalis: above 1 means
  Portalis is faster);
- the speed-up from 1 to 2 workers under each (time with 1 worker / time with 2 workers).

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


def measure(portalis, path, workers, repeat):
    """Returns (python3 median, portalis median) for one worker count, or an error text."""
    timed([portalis, "run", path, str(workers)])
    py_times, pt_times = [], []
    for _ in range(repeat):
        t, py = timed([sys.executable, path, str(workers)])
        py_times.append(t)
        t, pt = timed([portalis, "run", path, str(workers)])
        pt_times.append(t)
        if py.returncode != 0:
            return f"python3 failed: {py.stderr.strip()[-200:]}"
        if pt.returncode != 0 or pt.stdout != py.stdout:
            detail = pt.stderr.strip()[-200:] or f"stdout {pt.stdout.strip()[:80]!r} != {py.stdout.strip()[:80]!r}"
            return f"portalis differs: {detail}"
    return statistics.median(py_times), statistics.median(pt_times)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--portalis", default=DEFAULT_PORTALIS)
    parser.add_argument("filters", nargs="*")
    args = parser.parse_args()
    if not os.path.exists(args.portalis):
        sys.exit(f"build the CLI first: dotnet build src/Portalis.Cli -c Release ({args.portalis} not found)")
    print(f"# load average {os.getloadavg()[0]:.1f}, {os.cpu_count()} cores; {args.repeat} runs each, medians\n")
    print("| program | python3 s (2 workers) | portalis s (2 workers) | ratio | python3 1->2 | portalis 1->2 |")
    print("| --- | --- | --- | --- | --- | --- |")
    ratios = []
    names = sorted(f for f in os.listdir(PROGRAMS) if f.endswith(".py"))
    for name in names:
        if args.filters and not any(f in name for f in args.filters):
            continue
        path = os.path.join(PROGRAMS, name)
        results = {w: measure(args.portalis, path, w, args.repeat) for w in WORKERS}
        errors = [r for r in results.values() if isinstance(r, str)]
        if errors:
            print(f"| {name} | {errors[0]} | | | | |")
            continue
        (py1, pt1), (py2, pt2) = results[1], results[2]
        ratios.append(py2 / pt2)
        print(f"| {name} | {py2:.3f} | {pt2:.3f} | {py2 / pt2:.2f}x | {py1 / py2:.2f}x | {pt1 / pt2:.2f}x |")
    if ratios:
        print(f"\nmedian ratio: {statistics.median(ratios):.2f}x (python3 time / portalis time, 2 workers)")


if __name__ == "__main__":
    main()
