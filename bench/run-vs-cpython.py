#!/usr/bin/env python3
"""CPU-bound Python programs under python3 and under `portalis run` (warm cache), side by side.

Usage: python3 bench/run-vs-cpython.py [--repeat N] [--portalis PATH] [--startup-only]

Each program in bench/programs is sized to run 1.5-2.5 s under CPython, so that start-up (measured on its own
below) is a small part of what is compared. Each runs N times under each, interleaved (python3, portalis, python3, ...),
after one untimed `portalis run` that fills the cache. Wall-clock medians, the ratio
python3/portalis per program (above 1 means Portalis is faster) and the median ratio are printed,
with the outputs checked equal. Then: `portalis run` start-up for hello world with a warm cache,
and the cold translate + compile time of a generated 300-line program (--no-cache), and of a program importing
concurrent.futures, logging and dataclasses: the first run in a fresh cache (which compiles the library modules
once) and then new versions of the program (the library modules come from the cache).
--startup-only measures only those two figures (start-up as the median of at least 10 runs, beside
python3's own start-up) and prints the phases of one warm start (PORTALIS_STARTUP_TRACE=1).
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = os.path.join(ROOT, "bench", "programs")
DEFAULT_PORTALIS = os.path.join(ROOT, "src", "Portalis.Cli", "bin", "Release", "net10.0", "portalis")


def timed(cmd, env=None):
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, env=env)
    return time.perf_counter() - start, done


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--portalis", default=DEFAULT_PORTALIS)
    parser.add_argument("--startup-only", action="store_true", help="only the start-up and cold-compile figures")
    args = parser.parse_args()
    if not os.path.exists(args.portalis):
        sys.exit(f"build the CLI first: dotnet build src/Portalis.Cli -c Release ({args.portalis} not found)")
    env_note = f"load average {os.getloadavg()[0]:.1f}, {os.cpu_count()} cores"
    print(f"# {env_note}; {args.repeat} runs each, medians\n")
    if args.startup_only:
        startup(args, runs=max(10, args.repeat))
        return
    print(f"| program | python3 s | portalis s | ratio |")
    print(f"| --- | --- | --- | --- |")
    ratios = []
    for name in sorted(f for f in os.listdir(PROGRAMS) if f.endswith(".py")):
        path = os.path.join(PROGRAMS, name)
        _, warm = timed([args.portalis, "run", path])
        py_times, pt_times = [], []
        expected = None
        for _ in range(args.repeat):
            t, py = timed([sys.executable, path])
            py_times.append(t)
            expected = py.stdout
            t, pt = timed([args.portalis, "run", path])
            pt_times.append(t)
            if pt.stdout != expected or pt.returncode != 0:
                print(f"| {name} | output differs: {pt.stderr.strip()[-200:]} | | |")
                break
        else:
            py_m, pt_m = statistics.median(py_times), statistics.median(pt_times)
            ratios.append(py_m / pt_m)
            print(f"| {name} | {py_m:.3f} | {pt_m:.3f} | {py_m / pt_m:.2f}x |")
    if ratios:
        print(f"\nmedian ratio: {statistics.median(ratios):.2f}x (python3 time / portalis time)")

    startup(args, runs=max(5, args.repeat))


def startup(args, runs):
    with tempfile.TemporaryDirectory() as tmp:
        hello = os.path.join(tmp, "hello.py")
        with open(hello, "w") as f:
            f.write("print('hello, world')\n")
        timed([args.portalis, "run", hello])
        starts = [timed([args.portalis, "run", hello])[0] for _ in range(runs)]
        print(f"\nwarm-cache start-up, hello world: median {statistics.median(starts) * 1000:.0f} ms")
        if args.startup_only:
            py_starts = [timed([sys.executable, hello])[0] for _ in range(runs)]
            print(f"python3 start-up, hello world: median {statistics.median(py_starts) * 1000:.0f} ms")
            traced = subprocess.run([args.portalis, "run", hello], capture_output=True, text=True,
                                    env={**os.environ, "PORTALIS_STARTUP_TRACE": "1"})
            print("phases of one warm start (ms since the process started):")
            for line in traced.stderr.splitlines():
                if line.startswith("[startup]"):
                    print("    " + line[len("[startup]"):].strip())

        big = os.path.join(tmp, "big.py")
        with open(big, "w") as f:
            for i in range(30):
                f.write(f"def f{i}(x, y=2):\n")
                f.write(f"    total = 0\n")
                f.write(f"    for k in range(x):\n")
                f.write(f"        if k % 3 == 0:\n")
                f.write(f"            total += k * y\n")
                f.write(f"        else:\n")
                f.write(f"            total -= {i}\n")
                f.write(f"    return total\n\n")
            f.write("print(" + " + ".join(f"f{i}(10)" for i in range(30)) + ")\n")
        lines = sum(1 for _ in open(big))
        colds = []
        for _ in range(3 if args.startup_only else args.repeat):
            t, done = timed([args.portalis, "run", "--no-cache", big])
            colds.append(t)
        print(f"cold translate + compile + run, {lines}-line program: median {statistics.median(colds):.2f} s")

        # A program over the shipped library: its library modules are compiled once per cache.
        uses_lib = os.path.join(tmp, "uses_lib.py")
        with open(uses_lib, "w") as f:
            f.write("import logging\nfrom concurrent.futures import ThreadPoolExecutor\nfrom dataclasses import dataclass\n\n")
            f.write("@dataclass\nclass Item:\n    n: int\n\n")
            f.write("with ThreadPoolExecutor(2) as ex:\n    print(sum(ex.map(lambda i: Item(i).n, range(10))))\n")
        env = {**os.environ, "PORTALIS_CACHE": os.path.join(tmp, "cache")}
        first, _ = timed([args.portalis, "run", uses_lib], env)
        again = []
        for k in range(3 if args.startup_only else args.repeat):
            with open(uses_lib, "a") as f:
                f.write(f"# version {k}\n")
            again.append(timed([args.portalis, "run", uses_lib], env)[0])
        print(f"program importing concurrent.futures, logging, dataclasses: first run in a fresh cache {first:.2f} s; "
              f"a changed program, library compiled: median {statistics.median(again):.2f} s")


if __name__ == "__main__":
    main()
