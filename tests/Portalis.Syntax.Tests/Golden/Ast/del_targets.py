del x
del x.y
del x[0]
del (x)
del (x, y)
del [x, y]
del x, y,
