# float.hex and float.fromhex round trips and rounding, and complex() parsing strings, with their errors.
for x in [3.0, 0.1, -2.5, 1e-310, 5e-324, 1.7976931348623157e308, 0.0, -0.0, float('inf'), 1/3]:
    h = x.hex()
    print(h, float.fromhex(h) == x)
for s in ["0x1p-1074", "0x1.fffffffffffff8p+0", "0x1.00000000000008p0", "0x1.00000000000018p0", " -0X1.8p1 ", "0x.8", "1", "0x1p-1080","0x1.8p-1075"]:
    print(repr(s), float.fromhex(s))
for s in ["1+2j", "(3-4J)", "j", "-j", "1e3+1e-3j", "inf+nanj", "2", " ( 1+1j ) "]:
    print(complex(s))
for bad in ["1 + 2j", "", "x", "1+2", "0x1p99999"]:
    try: print(complex(bad))
    except ValueError as e: print("VE", e)
try: float.fromhex("0x1p99999")
except OverflowError as e: print("OE", e)
