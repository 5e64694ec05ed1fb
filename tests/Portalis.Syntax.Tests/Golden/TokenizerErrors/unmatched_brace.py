def f():
    return }
