# Formatting a report table with computed column widths, alignment, totals and percentages.
sales = [("North", 12500.5, 120), ("South", 8300.0, 95), ("East", 15999.99, 143), ("West", 4200.25, 40)]
total = sum(s[1] for s in sales)
units = sum(s[2] for s in sales)
w = max(len(s[0]) for s in sales) + 2
header = f"{'Region':<{w}}{'Revenue':>12}{'Units':>7}{'Share':>8}"
print(header)
print("-" * len(header))
for region, revenue, count in sales:
    print(f"{region:<{w}}{revenue:>12,.2f}{count:>7d}{revenue / total:>8.1%}")
print("=" * len(header))
print(f"{'Total':<{w}}{total:>12,.2f}{units:>7d}{1:>8.0%}")
best = max(sales, key=lambda s: s[1])
print(f"Best region: {best[0]} ({best[1] / total * 100:.2f}% of revenue)")
print(f"Average per unit: {total / units:.4f}")
for region, revenue, _ in sorted(sales, key=lambda s: -s[1]):
    bar = "#" * round(revenue / 1000)
    print(f"{region:>6} {bar}")
