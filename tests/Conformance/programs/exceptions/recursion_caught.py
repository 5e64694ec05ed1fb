# RecursionError caught from a plain function and from a method, then the program goes on.
def f(n):
    return f(n + 1) + 1
def g(n):
    return g(n)
try:
    f(0)
except RecursionError as e:
    print("RecursionError", e)
class A:
    def m(self):
        return self.m()
try:
    A().m()
except RecursionError as e:
    print("RecursionError", e)
