# Slice objects reaching __getitem__/__setitem__ of a custom sequence; slice.indices; extended slices on strings.
class Text:
    def __init__(self, s):
        self.s = s
    def __getitem__(self, key):
        print("  key:", key)
        if isinstance(key, slice):
            start, stop, step = key.indices(len(self.s))
            print("  indices:", (start, stop, step))
            return Text(self.s[key])
        return self.s[key]
    def __setitem__(self, key, value):
        chars = list(self.s)
        chars[key] = value
        self.s = "".join(chars)
    def __len__(self):
        return len(self.s)
    def __repr__(self):
        return f"Text({self.s!r})"
t = Text("abcdefgh")
print(t[2], t[-1])
print(t[1:4])
print(t[::-2])
print(t[-3:])
print(t[:100:3])
t[0:2] = "XY"
print(t)
t[::3] = "123"
print(t)
s = "Hello, World"
print(s[::-1], s[7:], s[:-7], s[-5:-1], s[1::2], s[::3], s[100:], s[-100:3])
print([s[i:i + 3] for i in range(0, len(s), 3)])
rows = list(range(20))
page, size = 2, 6
print(rows[(page - 1) * size: page * size], rows[page * size:(page + 1) * size], rows[3 * size:4 * size])
