# sys.exit(3): exit status 3, no traceback, stdout flushed.
import sys
def process(items):
    failures = 0
    for i, item in enumerate(items):
        ok = isinstance(item, int) and item >= 0
        print(f"step {i}: {item!r} {'ok' if ok else 'FAILED'}")
        failures += not ok
    return failures
failures = process([1, 2, "x", -4, 5])
print("failures:", failures)
if failures:
    print("exiting with status", failures + 1)
    sys.exit(failures + 1)
print("not reached")
