# round with ndigits, str()/repr()/int()/float()/bool()/list()/tuple()/set()/dict() conversions and hex/oct/bin/chr/ord.
print(round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(1234, -2), round(5, 1))
print(str(12), str(1.0), str(-0.5), str([1, "a"]), str(("x",)), str(None), str(b"hi"), repr("it's"), repr('say "hi"'))
print(int("  42\n"), int(-7.99), int("-0"), float("1e-2"), float(3), bool("False"), bool(0.0))
print(list("abc"), tuple([1, 2]), sorted(set([3, 1, 3])), dict([("a", 1), ("b", 2)]), list({"x": 1, "y": 2}.items()))
print(hex(255), hex(-255), oct(8), oct(-8), bin(10), bin(-10), hex(0), bin(0))
print(chr(97), chr(8364), ord("a"), ord("€"), [chr(c) for c in range(ord("a"), ord("f"))])
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
print(int(hex(1234), 16), int(oct(1234), 8), int(bin(1234), 2), int(bin(1234)[2:], 2))
print(format(0.5, ".0%"), str(10 ** 20), str(10.0 ** 20), str(1 / 7))
print(repr(1.0), repr(1e-10), repr([0.1, 0.25]), repr((1.5,)), repr({1: 0.5}))
print(ascii("naïve"), repr("naïve"), repr("\x07\x1b"))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(-0.5), round(0.5))
