# Decimal signals are raised with the C accelerator's arguments: the list of signal classes.
from decimal import *
for f in [lambda: Decimal(1) / 0, lambda: Decimal(0) / 0, lambda: Decimal("abc"), lambda: Decimal(-1).sqrt(), lambda: Decimal(10) // 0, lambda: Decimal(1).quantize(Decimal("1e-30"), context=Context(prec=5)), lambda: Decimal(5) % 0]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e, e.args)
