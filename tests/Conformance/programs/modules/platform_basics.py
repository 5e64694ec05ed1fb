# platform: the interpreter's version and implementation, the machine's system, and uname's six fields.
import platform
import sys

print(platform.python_version() == "%d.%d.%d" % sys.version_info[:3])
print(platform.python_version_tuple() == tuple(str(n) for n in sys.version_info[:3]))
print(platform.python_implementation())
print(platform.system() == platform.uname().system, platform.machine() == platform.uname().machine)
u = platform.uname()
print(len(u), u._fields)
system, node, release, version, machine, processor = u
print(system == u.system, node == platform.node(), release == platform.release())
print(isinstance(platform.platform(), str), isinstance(platform.python_compiler(), str))
print(platform.architecture()[0] in ("32bit", "64bit"))


class Pair(tuple):
    # A tuple subclass whose iteration adds an item, as platform.uname_result does.
    def __iter__(self):
        yield from tuple.__iter__(self)
        yield "extra"


a, b, c = Pair((1, 2))
print(a, b, c)
first, *rest = Pair(("x", "y"))
print(first, rest)
try:
    p, q = Pair((1, 2))
except ValueError as e:
    print("ValueError:", e)
