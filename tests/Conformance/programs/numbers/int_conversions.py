# int() parsing with bases, underscores and whitespace; str/float conversions and their ValueErrors.
print(int("42"), int("  -17 "), int("+8"), int("1_000_000"), int("0"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("777", 8), int("z", 36), int("1010", 2), int("10", 3))
print(int(3.9), int(-3.9), int(True))
print(float("3.25"), float("-1e-3"), float(" 7 "), float("1_0.5"))
print(str(42), str(-0), str(3.0), str(1e100), repr("x"))
for text in ["abc", "12.5", "", " ", "1 2", "0x10", "1__0", "--1"]:
    try:
        print(int(text))
    except ValueError as e:
        print("ValueError:", e)
for text in ["abc", "1.2.3", "", "1e"]:
    try:
        print(float(text))
    except ValueError as e:
        print("ValueError:", e)
try:
    int("12", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    float({})
except TypeError as e:
    print("TypeError:", e)
print(int("-11", 2), int("  0X1F  ", 16))
print(format(255, "x"), format(255, "#o"), format(-5, "b"))
