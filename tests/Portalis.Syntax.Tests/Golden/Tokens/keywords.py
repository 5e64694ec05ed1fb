async def f():
    await x
    async with a as b:
        pass
    async for i in y:
        yield z
match x:
    case [1, *_] if True:
        pass
    case _:
        nonlocal_ = None
global g
lambda: False or not None and True is not del_
