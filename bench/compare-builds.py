#!/usr/bin/env python3
"""One program under python3 and several Portalis builds, interleaved, side by side.

Usage: python3 bench/compare-builds.py N program.py py /path/to/portalis-a /path/to/portalis-b ...

`py` stands for python3. Each build gets its own cache folder (XDG_CACHE_HOME=/tmp/xdg-<i>), so alternating
builds does not make each run re-translate, and one untimed `portalis run` fills it. Then N rounds run every
command once in turn; the wall-clock and CPU-time (user + sys of the child) medians and minimums are printed, and
any output that differs from the first command's is reported. Compare builds in one run: on a shared machine the
load changes between runs more than most changes move the times.
"""
import os
import resource
import statistics
import subprocess
import sys
import time


def cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def main():
    n, prog, bins = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
    cmds = {b: (["python3", prog] if b == "py" else [b, "run", prog]) for b in bins}
    envs = {b: dict(os.environ, XDG_CACHE_HOME=f"/tmp/xdg-{i}") for i, b in enumerate(bins)}
    for b in bins:
        if b != "py":
            subprocess.run(cmds[b], capture_output=True, env=envs[b])
    wall = {b: [] for b in bins}
    used = {b: [] for b in bins}
    outs = {}
    for _ in range(n):
        for b in bins:
            c0, t0 = cpu(), time.perf_counter()
            r = subprocess.run(cmds[b], capture_output=True, text=True, env=envs[b])
            wall[b].append(time.perf_counter() - t0)
            used[b].append(cpu() - c0)
            outs.setdefault(b, r.stdout + r.stderr)
    print(f"load {os.getloadavg()[0]:.1f}")
    for b in bins:
        print(f"{b[-40:]:40s} wall median {statistics.median(wall[b]):.3f}s min {min(wall[b]):.3f}s "
              f"cpu median {statistics.median(used[b]):.3f}s min {min(used[b]):.3f}s  "
              f"wall {' '.join(f'{x:.2f}' for x in wall[b])}")
    for b in bins[1:]:
        if outs[b] != outs[bins[0]]:
            print("OUTPUT DIFFERS:", b, outs[b][:300])


if __name__ == "__main__":
    main()
