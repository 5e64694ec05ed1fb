# f-strings: expressions, nested fields, the = specifier, conversions !r !s !a, and format specs.
name = "Ada"
age = 36
pi = 3.14159265
items = ["x", "y"]
print(f"{name} is {age}")
print(f"{name!r} {name!s} {'é'!a}")
print(f"{age + 1} {age * 2:5d} {pi:.2f} {pi:10.4f}| {pi:<10.3}|")
print(f"{name=}", f"{age=:>5}", f"{pi = :.3f}", f"{items[0]=}", f"{len(items)=}")
width, prec = 12, 3
print(f"[{pi:{width}.{prec}f}]", f"[{name:^{width}}]", f"[{name:*>{width}}]")
print(f"{{literal braces}} {{{age}}}")
print(f"{'nested ' + f'{age}'}", f"{[x.upper() for x in items]}")
d = {"k": 5}
print(f"{d['k']} {d}")
print(f"{1000000:,} {1234567.891:,.2f} {0.25:.1%} {255:#x} {255:08b} {-3:+d} {3:+d}")
print(f"{'left':<8}|{'right':>8}|{'mid':^8}|")
print(f"{age!r:>6}|{name!r:^9}|")
class P:
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "a P"
    def __format__(self, spec):
        return f"P<{spec}>"
p = P()
print(f"{p} {p!r} {p!s} {p:xyz}")
multi = (f"line {1}"
         f" and {2}")
print(multi)
print(f"{3.0:g} {1e-5:g} {123456789.0:g} {0.0001234:.2e} {12.5:E}")
print(f"{True} {None} {[1, 'a']} {(1,)} {age:05}")
