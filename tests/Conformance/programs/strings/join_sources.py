# str.join over every kind of iterable, str subclasses, and where its errors come from.
class Name(str):
    def __str__(self):
        return "overridden"


class Words(list):
    def __iter__(self):
        return iter(["from", "iter"])


def gen():
    yield "a"
    yield 1
    raise ValueError("generator failed after two items")


print("-".join([Name("x"), "y", Name("z")]))
print(type("".join([Name("only")])).__name__, "".join([Name("only")]))
print("+".join(("t", "u", "p")), "+".join({"k": 1, "j": 2}), "+".join(reversed(["r", "e", "v"])))
print(repr("".join([])), repr(",".join(())), repr(",".join([""])), repr(",".join(["", ""])))
print(", ".join(str(i) for i in range(5)))
print("ab".join("xyz"), "".join(map(str.upper, ["m", "a", "p"])))
print("|".join(Words(["ignored"])), list(Words(["ignored"])), tuple(Words([])), sorted(Words(["x"])))
for bad in (["a", 2], ("a", None), [b"bytes"], gen()):
    try:
        print(",".join(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

words = []
for i in range(2000):
    word = ""
    for k in range(1 + i % 4):
        word += "kalomine"[(i + k) % 8]
    words.append(word)
text = " ".join(words)
print(len(text), text[:40], text.split()[-3:], len(text.split()) == len(words))
print(text.split(" ", 3)[:3], text.rsplit(None, 2)[-2:], len(text.split(" ", 3)[3]))
long = ""
for i in range(300):
    long += str(i % 10)
print(len(long), long[:15], long[-15:])
