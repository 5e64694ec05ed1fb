@dec
def f():
    pass

@a.b(c)
@d
class C:
    pass

@(lambda f: f)
async def g():
    pass

@x[0].y
def h(): ...
