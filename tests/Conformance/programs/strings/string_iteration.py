# Iterating over strings: enumerate, zip, character counting, reversal, and word wrapping by hand.
text = "Mississippi"
for i, ch in enumerate(text):
    if ch == "s":
        print("s at", i)
freq = {}
for ch in text.lower():
    freq[ch] = freq.get(ch, 0) + 1
print(freq)
print(sorted(freq.items()))
print("".join(sorted(text)), text[::-1], text[::2], text[1::3])
a, b = "abcde", "vwxyz"
print(list(zip(a, b)), "".join(x + y for x, y in zip(a, b)))
def wrap(text, width):
    lines, current = [], ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = word if not current else current + " " + word
    if current:
        lines.append(current)
    return lines
para = "Python strings are sequences of Unicode code points and support slicing iteration and many methods"
for line in wrap(para, 24):
    print(f"|{line:<24}|")
vowels = sum(1 for c in para if c in "aeiou")
print("vowels:", vowels)
print([w for w in para.split() if len(w) > 7])
print(" ".join(w[::-1] for w in "hello brave new world".split()))
acronym = "".join(w[0] for w in "portable network graphics".split()).upper()
print(acronym)
print(list(map(len, ["a", "bb", "ccc"])), "abc" * 2 == "abcabc")
