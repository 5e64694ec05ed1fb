def f():
    pass

def g(a, b=1, *args, c, d=2, **kwargs) -> int:
    return a

def h(a, b, /, c, *, d):
    pass

def i(a: int = 1, *b: str, **c: float):
    pass

def j(*, a=1, b):
    pass
