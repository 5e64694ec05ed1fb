def f():
    return
    return 1
    return 1, 2
    return *a, b
    yield
    yield 1
    yield 1, 2
    yield from g()
    x = yield
    x = yield from h()
    await_ = (yield)
