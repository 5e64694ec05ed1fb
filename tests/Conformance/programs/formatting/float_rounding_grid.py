# Fixed, exponent and general float formats round half-even on the exact binary value: exact ties (0.125,
# 2.5), values just off a tie (2.675 is below it), huge and tiny magnitudes, and pseudo-random values, each
# at several precisions, with the padding, sign and grouping forms built from the same digits.
import random
import struct

rng = random.Random(2024)
values = [0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 2.675, 1.005, 0.045, 9.995, 99.5, 0.95, 0.995,
          1e16, 1e23, 123456789.125, 5e-324, 1.7976931348623157e308, 0.1, 1 / 3, 2 / 3, 999.9996,
          0.00049999, 0.0005, 1e-7, 4.35, 1e22, 2 ** 60 + 0.0, 2.0 ** -80]
for _ in range(150):
    values.append(rng.uniform(-1000, 1000))
    values.append(rng.randint(-10 ** 6, 10 ** 6) / 8)
    values.append(rng.random() * 10.0 ** rng.randint(-25, 25))
    values.append(struct.unpack("<d", struct.pack("<Q", rng.getrandbits(62)))[0])
specs = [".0f", ".1f", ".2f", ".5f", ".12f", ".20f", ".22f", ".0e", ".2e", ".9e", ".1g", ".4g", ".15g", "g", "%",
         ",.2f", "+.3f", "12.4f", "<10.1f", "^9.2e", "010.2f"]
for v in values:
    print(" ".join(format(v, spec) for spec in specs), "%.3f %.4e %g" % (v, v, v), round(v, 3))
