# Number to text formatting in common app code: currency with thousands separators, percentages, padding, scientific, bases.
amounts = [0, 5, 12.5, 1234.5, 1234567.891, -9876.54321, 1e9, 0.005, 0.015, 2.675]
for a in amounts:
    print(f"{a!r:>14} | {a:>14,.2f} | {a:>12.3e} | {a:>10.1%} | {a:>12g} | {round(a, 2)!r}")
for n in [0, 7, 255, 4096, -42, 2 ** 40]:
    print(f"{n:>14} {n:>#14x} {n:>#16o} {n:>#44b} {n:,} {n:_x}")
def human_size(n):
    for unit in ["B", "KiB", "MiB", "GiB", "TiB"]:
        if abs(n) < 1024 or unit == "TiB":
            return f"{n:.1f} {unit}" if unit != "B" else f"{n} {unit}"
        n /= 1024
for size in [0, 512, 1024, 1536, 10 ** 6, 3 * 1024 ** 3, 2 ** 50]:
    print(size, human_size(size))
def ordinal(n):
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
print([ordinal(n) for n in [1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111, 112]])
print(str(1 / 3)[:6], f"{1 / 3:.4}", f"{2 / 3:.4f}", f"{100 / 3:08.3f}", f"{-1 / 3:+.2f}")
