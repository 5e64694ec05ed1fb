# Slice assignment and deletion on lists: growing, shrinking, extended slices, and insertion via [i:i].
a = list(range(10))
a[2:5] = ["x"]
print(a)
a[1:1] = ["ins1", "ins2"]
print(a)
a[-2:] = []
print(a)
a[:] = [0, 1, 2, 3, 4, 5]
print(a)
a[::2] = ["e", "e", "e"]
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
del a[1::2]
print(a)
b = list("python")
b[2:4] = "TH"
print(b, "".join(b))
b[len(b):] = "!!"
print(b)
c = [1, 2, 3]
c[5:10] = [9]
print(c)
d = list(range(8))
d[::-1] = d
print(d)
d[1:7:3] = ("p", "q")
print(d)
del d[:]
print(d)
buf = [0] * 5
buf[1:4] = range(3)
print(buf)
text = list("hello world")
text[0:5] = reversed(text[0:5])
print("".join(text))
