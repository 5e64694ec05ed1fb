# Text alignment with str methods and format specs side by side: ljust/rjust/center vs < > ^, fill characters, truncation.
items = [("Widget", 4, 3.5), ("Gadget extra long name", 12, 12.25), ("Nut", 1000, 0.05)]
for name, qty, price in items:
    print(name.ljust(12)[:12] + str(qty).rjust(6) + f"{price:>9.2f}")
for name, qty, price in items:
    print(f"{name[:12]:<12}{qty:>6}{price:>9.2f}")
print(f"{'centered':^20}|", "centered".center(20) + "|", f"{'x':-^9}", "x".center(9, "-"))
print(f"{'left':.<15}{'right':.>15}")
print(f"{42:*^10}", f"{-42:=+8}", f"{42:=+8}", f"{3.14159:^12.2f}|", f"{'abc':>2}")
print("%-10s|%10s|" % ("left", "right"), "%-+6d|%06.2f" % (5, 3.14159))
print("|".join(s.center(7) for s in ["a", "bb", "ccc", "dddd"]))
width = 30
title = " Report "
print(title.center(width, "="))
for label, value in [("Total", 1234.5), ("Tax", 98.765), ("Grand total", 1333.265)]:
    dots = width - len(label) - len(f"{value:,.2f}")
    print(f"{label}{'.' * dots}{value:,.2f}")
print("=" * width)
