# Integer formats through both format specs and printf-style %: every flag, width, sign and base on small ints,
# the 64-bit limits, values past them, and bools.
vals = [0, 1, -1, 7, -7, 123456, -123456, 2**63 - 1, -2**63, 2**64, -2**70, True, False]
for v in vals:
    print("%d|%5d|%-6d|%+d|% d|%05d|%.3d|%i|%u|%x|%o|%#x" % (v, v, v, v, v, v, v, v, v, v, v, v))
    print(f"{v:d}|{v:5d}|{v:<6d}|{v:+d}|{v: d}|{v:05d}|{v:,d}|{v:_d}|{v:n}|{v:^9d}|{v:=+8d}|{v:x}|{v:#b}")
print("%d %s" % (3.9, 3.9), "%d" % -0.5, f"{-0.0:.1f}", format(True, "d"), format(5, ""), format(-5, "010"))
