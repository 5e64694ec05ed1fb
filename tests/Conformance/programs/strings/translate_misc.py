# str.translate/maketrans, format_map, zfill, center, and text utilities built from them.
table = str.maketrans("abc", "xyz")
print("aabbcc".translate(table))
table2 = str.maketrans({"a": "1", "b": None, "c": "33"})
print("abcabc".translate(table2))
remove_vowels = str.maketrans("", "", "aeiouAEIOU")
print("Programming In Python".translate(remove_vowels))
rot13 = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                      "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
msg = "Hello, World!"
enc = msg.translate(rot13)
print(enc, enc.translate(rot13))
print("{name} is {age}".format_map({"name": "Ann", "age": 30}))
def caesar(text, shift):
    result = []
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            result.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            result.append(ch)
    return "".join(result)
print(caesar("Attack at Dawn!", 3), caesar(caesar("Attack at Dawn!", 3), -3))
def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]
for p in ["A man, a plan, a canal: Panama", "hello", "No 'x' in Nixon", ""]:
    print(repr(p), is_palindrome(p))
words = "the cat sat on the mat the end".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print("snake_case_name".split("_"), "".join(w.capitalize() for w in "snake_case_name".split("_")))
