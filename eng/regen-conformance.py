#!/usr/bin/env python3
"""Regenerates the expected output of the translator's conformance corpus (tests/Conformance/programs).

Every program is run with CPython 3.11 (`python3`, refused when it is another version), with the
program's folder as the working directory and a timeout, feeding `<name>.in` as stdin and the lines of
`<name>.args` as sys.argv[1:]. The expected files written next to the program are:

- `<name>.out`  exact stdout bytes (always written, may be empty);
- `<name>.err`  stderr, only when non-empty, with the program's folder replaced by `{dir}`;
- `<name>.exit` the exit status, only when non-zero (128 + N, as a shell shows it, for a death by signal N).

A program is either a file `<area>/<name>.py` or a folder `multimodule/<name>/` whose entry is
`main.py` (its expected files are `main.out` etc.). Each program runs twice, with PYTHONHASHSEED=0 and
PYTHONHASHSEED=12345; different outputs (for instance a printed set of strings) are an error that
names the program. A program that leaves new files in its folder is an error too, and so is a non-zero
exit status outside `errors/` and `multimodule/*_error` (a typo must not become an expected failure).

Usage: python3 eng/regen-conformance.py [--check] [--jobs N] [FILTER ...]
  FILTER  substring of a program name such as `numbers/int_big` or `multimodule/package_app`
  --check do not write; exit 1 when a checked-in expected file differs from CPython's output
The last line printed is the summary `N programs, N written` (programs whose expected files changed;
with --check: `N programs, N differ`, counting differing files).
"""
import argparse
import concurrent.futures
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "tests", "Conformance", "programs"))
SEEDS = ("0", "12345")
TIMEOUT = 20.0
SLOW = 2.0


class Program:
    def __init__(self, name, directory, stem):
        self.name = name            # e.g. "numbers/int_big" or "multimodule/package_app"
        self.directory = directory  # absolute folder, the working directory of the run
        self.stem = stem            # file name without ".py": the entry and the expected files

    def path(self, ext):
        return os.path.join(self.directory, self.stem + ext)


def discover():
    programs = []
    for area in sorted(os.listdir(ROOT)):
        area_dir = os.path.join(ROOT, area)
        if not os.path.isdir(area_dir):
            continue
        if area == "multimodule":
            for name in sorted(os.listdir(area_dir)):
                folder = os.path.join(area_dir, name)
                if os.path.isfile(os.path.join(folder, "main.py")):
                    programs.append(Program(f"{area}/{name}", folder, "main"))
            continue
        for file in sorted(os.listdir(area_dir)):
            if file.endswith(".py"):
                programs.append(Program(f"{area}/{file[:-3]}", area_dir, file[:-3]))
    return programs


def environment(seed):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = seed
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONUTF8"] = "1"
    env["LC_ALL"] = "C.UTF-8"
    return env


def listing(program):
    """Files of the program's folder (recursively), to catch programs that leave temp files behind."""
    found = set()
    for dirpath, dirnames, filenames in os.walk(program.directory):
        dirnames[:] = [d for d in dirnames if d != "__pycache__"]
        for f in filenames:
            # Expected files are skipped: other programs of the same folder write theirs concurrently.
            if f.endswith((".out", ".err", ".exit")):
                continue
            found.add(os.path.relpath(os.path.join(dirpath, f), program.directory))
    return found


def run_once(program, seed):
    args = ["python3", program.path(".py")]
    if os.path.exists(program.path(".args")):
        with open(program.path(".args"), encoding="utf-8") as f:
            args += f.read().splitlines()
    stdin = b""
    if os.path.exists(program.path(".in")):
        with open(program.path(".in"), "rb") as f:
            stdin = f.read()
    start = time.perf_counter()
    try:
        proc = subprocess.run(args, cwd=program.directory, input=stdin, capture_output=True,
                              env=environment(seed), timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        raise RuntimeError(f"{program.name}: timed out after {TIMEOUT}s")
    elapsed = time.perf_counter() - start
    err = proc.stderr.replace(program.directory.encode("utf-8"), b"{dir}")
    # A program killed by signal N (CPython re-raises SIGINT after an uncaught KeyboardInterrupt) is recorded
    # with the status a shell reports for it, 128 + N.
    code = proc.returncode if proc.returncode >= 0 else 128 - proc.returncode
    return proc.stdout, err, code, elapsed


def expects_failure(program):
    """Only errors/ programs and multimodule/*_error programs may end with a non-zero exit status."""
    return program.name.startswith("errors/") or (program.name.startswith("multimodule/") and program.name.endswith("_error"))


def run(program):
    """(program, (out, err, exit), problems): runs twice with different hash seeds."""
    problems = []
    before = listing(program)
    results = [run_once(program, seed) for seed in SEEDS]
    after = listing(program)
    if after - before:
        problems.append(f"{program.name}: left files behind: {sorted(after - before)}")
    first, second = results[0][:3], results[1][:3]
    if first != second:
        which = [n for n, a, b in zip(("stdout", "stderr", "exit status"), first, second) if a != b]
        problems.append(f"{program.name}: output depends on PYTHONHASHSEED ({', '.join(which)} differ "
                        f"between seeds {SEEDS[0]} and {SEEDS[1]})")
    if first[2] != 0 and not expects_failure(program):
        problems.append(f"{program.name}: exit status {first[2]} (only errors/ and multimodule/*_error programs "
                        f"may fail): {first[1].decode('utf-8', 'replace').strip().splitlines()[-1:]}")
    if b" at 0x" in first[0]:
        problems.append(f"{program.name}: stdout shows an object address (' at 0x')")
    slowest = min(r[3] for r in results)
    if slowest > SLOW:
        # A warning only: timings are noisy on a loaded machine; the faster of the two runs is reported.
        print(f"WARNING {program.name}: took {slowest:.2f}s (programs should finish in {SLOW}s)", file=sys.stderr)
    return program, first, problems


def expected_files(program, out, err, code):
    """{path: bytes or None}: None means the file must not exist."""
    return {
        program.path(".out"): out,
        program.path(".err"): err if err else None,
        program.path(".exit"): f"{code}\n".encode() if code != 0 else None,
    }


def read(path):
    if not os.path.exists(path):
        return None
    with open(path, "rb") as f:
        return f.read()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing; exit 1 on a difference")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("filters", nargs="*", help="substrings of program names")
    options = parser.parse_args()

    version = subprocess.run(["python3", "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
                             capture_output=True, text=True, check=True).stdout.strip()
    if version != "3.11":
        sys.exit(f"regen-conformance: python3 is CPython {version}; the expected files are CPython 3.11's")

    programs = [p for p in discover() if not options.filters or any(f in p.name for f in options.filters)]
    if not programs:
        sys.exit("regen-conformance: no program matches")

    failures, written, differ = [], 0, []
    with concurrent.futures.ThreadPoolExecutor(max_workers=options.jobs) as pool:
        for program, (out, err, code), problems in pool.map(run, programs):
            if problems:
                failures.extend(problems)
                continue
            changed = False
            for path, content in expected_files(program, out, err, code).items():
                if read(path) == content:
                    continue
                changed = True
                if options.check:
                    differ.append(os.path.relpath(path, ROOT))
                elif content is None:
                    os.remove(path)
                else:
                    with open(path, "wb") as f:
                        f.write(content)
            written += changed and not options.check

    for problem in failures:
        print("ERROR " + problem, file=sys.stderr)
    for path in differ:
        print("DIFFERS " + path)
    if options.check:
        print(f"{len(programs)} programs, {len(differ)} differ")
    else:
        print(f"{len(programs)} programs, {written} written")
    if failures or differ:
        sys.exit(1)


if __name__ == "__main__":
    main()
