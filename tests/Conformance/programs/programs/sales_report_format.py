# Sales report with f-string alignment and format specs.
from collections import defaultdict
sales = [("north", "widget", 12, 3.5), ("south", "gadget", 5, 12.25), ("north", "gadget", 7, 12.25),
         ("east", "widget", 30, 3.4), ("south", "widget", 1, 3.5), ("east", "doohickey", 3, 99.99)]
by_region = defaultdict(float)
for region, item, qty, price in sales:
    by_region[region] += qty * price
print(f"{'Region':<10}|{'Total':>12}|{'Share':>8}")
print("-" * 32)
grand = sum(by_region.values())
for region, total in sorted(by_region.items(), key=lambda kv: -kv[1]):
    print(f"{region.title():<10}|{total:>12,.2f}|{total / grand:>8.1%}")
print(f"{'TOTAL':<10}|{grand:>12,.2f}|{1:>8.0%}")
print("{:^20}".format("centered"), "{:*>10}".format(42), "{:+08.3f}".format(-3.14159), "{:#x} {:#o} {:#b}".format(255, 8, 5))
print(f"{123456789:_}", f"{0.000012345:.3e}", f"{1e20:g}", f"{12.0:g}", f"{-0.0:+.1f}", f"{3:03d}", f"{'x':>{5}}")
print("%-8s|%6.2f|%04d|%x|%r" % ("name", 2.5, 7, 255, "q"))
width = 7
for n in [1, 22, 333]:
    print(f"[{n:^{width}}] [{n!r:>5}] [{str(n):<4}]")
print(f"{'nested ' + str(len(sales)):=^30}")
