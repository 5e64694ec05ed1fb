# Conversions between builtin types: list/tuple/set/dict/str/bytes/int/float/bool, what succeeds and the error messages when not.
print(list("abc"), list((1, 2)), list({3: "x"}), list(range(3)), list(b"ab"), list({"a": 1}.items()))
print(tuple([1, 2]), tuple("hi"), set([1, 1, 2]), frozenset((3, 3)), dict([(1, 2)]), dict(zip("ab", "cd")))
print(str(123), str(1.50), str([1, 2]), str({"k": None}), str(b"x"), str(True), str(1 + 2j))
print(int("7"), int(7.9), int(True), int("12"), float("7"), float(True), float(" -1.5e3 "))
print(bool(""), bool("0"), bool([0]), bool(0.0), bool(-0.0), bool(float("nan")), bool(None))
print(bytes("abc", "ascii"), bytes([1, 2]), bytes(2), bytearray("é", "utf-8"), "abc".encode(), b"abc".decode())
print(list(map(int, "1 2 3".split())), [float(x) for x in ["1", "2.5"]], ",".join(map(str, [1, 2])))
print(dict.fromkeys(["a", "b"], 0), dict(a=1), list(enumerate("ab")), dict(enumerate("ab")))
conversions = [(int, "3.5"), (int, ""), (float, "abc"), (int, [1]), (dict, [1, 2]), (dict, [(1, 2, 3)]),
               (list, 5), (float, None), (bytes, "str"), (int, "1e3"), (complex, "1+"), (set, 1)]
for fn, arg in conversions:
    try:
        print(fn.__name__, repr(arg), "->", repr(fn(arg)))
    except (TypeError, ValueError) as e:
        print(fn.__name__, repr(arg), "->", type(e).__name__, e)
print(int(float("1e3")), int("0x1A", 16), int("1A", 16), float.fromhex("0x10"), str(0.1 + 0.2), repr(str(1e-7)))
