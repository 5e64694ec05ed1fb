# format specs for ints and floats, % formatting, str.format fields, f-string nesting, = specifier, reprs.
import math
vals = [0, 1, -1, 42, -42, 3.14159, -0.5, 1e10, 1.5e-10, 123456789, 2**70, float("inf"), float("nan"), True]
for v in vals:
    print(repr(v), str(v), format(v, ""), f"{v!r:>12}|{v!s:<10}|")
for spec in ["d", "5d", "<5d", "^7d", "+d", " d", "05d", ",d", "_d", "x", "#x", "X", "#o", "b", "#b", "08b", "c", "n"]:
    try:
        print(spec, repr(format(255, spec)), repr(format(-17, spec)))
    except (ValueError, OverflowError) as e:
        print(spec, type(e).__name__, e)
for spec in ["f", ".2f", "10.3f", "<10.1f", "^10.1f", "+.1e", ".3e", "E", "g", ".3g", "10.4g", "%", ".1%", ",.2f", "_.3f", "#g", ".0f", "#.0f", "012.3f", "G"]:
    print(spec, repr(format(1234.5678, spec)), repr(format(-0.000123, spec)), repr(format(1e20, spec)))
for v in [0.5, 1.5, 2.5, 0.125, 1e16, 1e-7, 123.0, 1/3, 2/3, 100.0, 0.1]:
    print(v, round(v), round(v, 1), round(v, 2), f"{v:.0f}", f"{v:g}", f"{v:.15g}", f"{v:e}")
print("%s %r %d %5.2f %-5s| %05d %x %X %o %e %g %c %%" % ("s", "r", 42, 3.14159, "ab", 42, 255, 255, 8, 12345.678, 0.0001, 65))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%3d|%-3d|%+d" % (5, 5, 5), "%.3s" % "abcdef", "%*d" % (5, 42))
print("{} {} {}".format(1, "a", [1]), "{0} {1} {0}".format("x", "y"), "{name}={val:.2f}".format(name="pi", val=math.pi))
print("{:>10}".format("right"), "{:*^11}".format("mid"), "{:<6}|".format("l"), "{!r}".format("q"), "{0[1]} {1[k]}".format([1, 2], {"k": "v"}))
class P:
    x = 3
    def __format__(self, spec):
        return f"P<{spec}>"
print("{.x}".format(P()), f"{P():abc}", format(P(), "zz"), "{:{w}.{p}f}".format(3.14159, w=10, p=2))
w = 8
print(f"{'nested':>{w}}", f"{3.14159:.{w - 5}f}", f"{42:#0{w}x}", f"{'a' + 'b'!r}", f"{1+1=}", f"{w = }", f"{{literal}}")
print(f"{1000000:,}", f"{1000000.5:,.1f}", f"{-1234:_}", f"{0.000001234:.2e}", f"{12:b}", f"{3+4j}", f"{complex(1.5, -2):.1f}")
print(str(1e15), str(1e16), str(1.0e-4), str(1e-5), repr(1.1), repr(2.675), 0.1 * 3, 1e300 * 10, -1e300 * 1e10)
print(int("7" * 30) ** 2, -(2 ** 64), 2 ** 63 - 1, (2 ** 100) // 3, (2 ** 100) % 7, -(2 ** 100) // 7, float(2 ** 100))
print(hex(255), oct(8), bin(5), hex(-255), int("-0b101", 0), int("z", 36), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print((10).bit_length(), (255).bit_count() if hasattr(int, "bit_count") else 8, (3.5).is_integer(), (7.0).as_integer_ratio(), (0.75).as_integer_ratio())
print(str(True), repr(None), f"{None!s:>6}", f"{True:d}", f"{True:>5}", format(False), "%s" % None)
print("{:,}".format(1234567.891), "{:.2%}".format(0.12345), "{:e}".format(0), "{:.3}".format("abcdef"), "{:10.3}|".format(3.14159))
print("{:=+8d}".format(42), "{:=8.2f}".format(-3.5), "{:x<4}".format(7), f"{-0.0:.1f}", f"{float('nan'):>6}", f"{float('-inf'):+}")
print(ascii("héllo\n"), repr("tab\tq'\""), repr('it\'s'), repr("\x00\x7f\u0100"), str(b"bytes\xff"), repr(bytearray(b"ab")))
