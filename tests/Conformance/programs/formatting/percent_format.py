# printf-style % formatting: %s %r %d %i %f %e %g %x %o %c %%, widths, flags, tuples and dicts.
print("%s is %d years" % ("Bob", 42))
print("%r %s" % ("q", "q"), "%5s|%-5s|" % ("ab", "cd"))
print("%d %i %5d %-5d| %05d %+d %+d" % (1, 2, 3, 4, 5, 6, -6))
print("%f %.2f %10.3f %-10.1f| %e %.3E %g %g" % (3.14159, 3.14159, 2.5, 2.5, 12345.678, 0.00012, 1e-5, 123.0))
print("%x %X %#x %o %#o %c %c %%" % (255, 255, 255, 8, 8, 65, "z"))
print("%(name)s has %(count)03d items" % {"name": "cart", "count": 7})
print("%s" % [1, 2], "%s" % (1,), "%s and %s" % ((1, 2), None))
print("%.3s|%5.1s|" % ("abcdef", "xyz"))
print("%*d|%-*d|" % (6, 42, 6, 42))
print("%d%%" % 50, "100%% sure" % ())
print("%s" % 1.0, "%s" % 1e16, "%r" % 0.1, "%d" % 3.99, "%d" % True)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % ("only one",))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s" % ("a", "b"))
except TypeError as e:
    print("TypeError:", e)
rows = [("apple", 1.5, 3), ("banana", 0.25, 12), ("cherry", 10.0, 1)]
for name, price, qty in rows:
    print("%-10s %8.2f %4d %9.2f" % (name, price, qty, price * qty))
