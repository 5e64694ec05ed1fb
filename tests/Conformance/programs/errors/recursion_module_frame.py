# Runaway recursion at the default limit: the <module> frame counts toward it, so the traceback keeps the
# module line and repeats the function's 999 frames as CPython does.
def r(n): return 0 if n == 0 else 1 + r(n - 1)
print(r(997))
def f(n): return f(n + 1)
f(0)
