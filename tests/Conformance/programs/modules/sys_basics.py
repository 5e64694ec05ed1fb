# sys module: argv, maxsize, version_info, float_info, stderr writes, sys.modules, sys.exc_info.
import sys
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, sys.version_info[:2], sys.version_info.major)
print(type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith("sys_basics.py"))
print(sys.byteorder in ("little", "big"), sys.getrecursionlimit() >= 1000)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.int_info.bits_per_digit in (15, 30))
print(sys.stdout is sys.__stdout__, sys.stderr.writable() if hasattr(sys.stderr, "writable") else True)
sys.stderr.write("warning: this goes to stderr\n")
print("error line", file=sys.stderr)
print(__name__, "sys" in sys.modules, "json" in sys.modules)
import json
print("json" in sys.modules)
print(sys.exc_info())
try:
    1 / 0
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
print(sys.getsizeof is not None, callable(sys.exit), sys.platform != "")
