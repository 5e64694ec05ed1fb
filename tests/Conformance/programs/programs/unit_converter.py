# Unit conversion tables: length, mass and temperature with a parser for "12.5 km to mi" requests and error handling.
import re
LENGTH = {"mm": 0.001, "cm": 0.01, "m": 1.0, "km": 1000.0, "in": 0.0254, "ft": 0.3048, "yd": 0.9144, "mi": 1609.344}
MASS = {"g": 0.001, "kg": 1.0, "t": 1000.0, "oz": 0.028349523125, "lb": 0.45359237}
TEMPS = {"C", "F", "K"}
def to_kelvin(v, unit):
    return {"C": v + 273.15, "F": (v - 32) * 5 / 9 + 273.15, "K": v}[unit]
def from_kelvin(k, unit):
    return {"C": k - 273.15, "F": (k - 273.15) * 9 / 5 + 32, "K": k}[unit]
def convert(value, src, dst):
    for table in (LENGTH, MASS):
        if src in table and dst in table:
            return value * table[src] / table[dst]
    if src in TEMPS and dst in TEMPS:
        return from_kelvin(to_kelvin(value, src), dst)
    raise ValueError(f"cannot convert {src} to {dst}")
REQUEST = re.compile(r"\s*(-?\d+(?:\.\d+)?)\s*(\w+)\s+(?:to|in)\s+(\w+)\s*$")
requests = ["12.5 km to mi", "100 C to F", "-40 F in C", "0 K to C", "3 ft to cm", "1 lb to g", "2 t to oz",
            "5 kg to m", "ten m to ft", "1 parsec to m", "72 in to ft"]
for req in requests:
    m = REQUEST.match(req)
    if not m:
        print(f"{req!r}: cannot parse")
        continue
    value, src, dst = float(m.group(1)), m.group(2), m.group(3)
    try:
        result = convert(value, src, dst)
        print(f"{value:g} {src} = {result:.4f} {dst} ({round(result, 2)})")
    except ValueError as e:
        print(f"{req!r}: {e}")
print(sorted(LENGTH, key=LENGTH.get))
print(all(abs(convert(convert(1.0, a, b), b, a) - 1.0) < 1e-12 for a in LENGTH for b in LENGTH))
