# format() and the format-spec mini-language: fill, align, sign, #, 0, width, grouping, precision, types.
specs = ["", "10", "<10", ">10", "^10", "*^10", "+", " ", "-", "010", ",", "_", ".3", "e", "E",
         "f", ".0f", "g", "G", "%", ".2%", "10.2f", "+.1e", "#g"]
for v in (1234.5678, -0.5, 1e20, 0.0001):
    print(v, [format(v, s) for s in specs])
ispecs = ["", "5", "<5", "^5", "05", "+", "x", "X", "#x", "o", "#o", "b", "#b", ",", "_", "_x", "d", "e", ".2f", "%"]
for v in (0, 42, -42, 65, 1234567):
    print(v, [format(v, s) for s in ispecs])
for s in ["", "10", ">10", "^9", ".2", "-^9.3", "<3"]:
    print(repr(s), repr(format("hello", s)))
print(format(65, "c"), format(9731, "c"), format(True), format(True, "d"), format(None, ""), format(3 + 4j, ".1f"))
try:
    format("x", "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)
print(format(1.0, ""), format(1e16, ""), format(1e16, "f"), format(0.1, ".20f"))
print(format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"), format(1.005, ".2f"))
print(format(-0.0, ".1f"), format(1 / 3, ".15g"), format(123.456, ".2g"), format(123.456, ".6g"))
