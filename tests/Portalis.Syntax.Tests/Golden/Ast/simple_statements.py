pass
break_ = 1
del a
del a, b[0], c.d
del (a, b), [c]
assert x
assert x, 'msg'
raise
raise E
raise E from e
global a, b
nonlocal c
x = 1; y = 2;
