x = 1
a = b = c
a, b = b, a
[a, *b] = c
(a, b), c = d
x.y = 1
x[0] = 1
x[1:2] = y
a, = b
