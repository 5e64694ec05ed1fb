def f(a, /):
    pass

def g(a=1, /, b=2):
    pass

def h(a, b=1, /, c=2, *d, e, **f):
    pass
