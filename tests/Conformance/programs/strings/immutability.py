# str immutability, concatenation, repetition, comparison, and building strings in loops.
s = "abc"
try:
    s[0] = "x"
except TypeError as e:
    print("TypeError:", e)
t = s
s += "def"
print(s, t, s is t)
print("ab" * 3, 3 * "-", "x" * 0, "x" * -1 == "")
print("abc" + "def", "a" < "b", "apple" < "apricot", "abc" == "abc", "Abc".lower() == "abc")
parts = []
for i in range(5):
    parts.append(str(i * i))
print(",".join(parts))
out = ""
for word in ["one", "two", "three"]:
    out += word[0].upper() + word[1:] + " "
print(repr(out), repr(out.rstrip()))
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * "b"
except TypeError as e:
    print("TypeError:", e)
print(str(1) + "1", int("1") + 1, "5" * 2)
print(len("hello"), "hello"[1], "hello"[-1], "hello"[1:3], list("hey"), tuple("ab"))
print("hello".__len__(), "hello".__contains__("ell"), "%s" % "x")
print(sorted(["banana", "Apple", "cherry"]), sorted(["banana", "Apple", "cherry"], key=str.lower))
