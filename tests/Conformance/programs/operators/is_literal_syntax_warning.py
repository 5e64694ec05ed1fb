# `is` / `is not` with a literal: CPython's compiler warns (SyntaxWarning on stderr, with the source line) before
# the module runs, also inside functions that are never called; None, True, False and ... are not literals here.
def never_called(x):
    return x is "text"
x = 5
print("start")
print(x is 5, x is not -1, x is not None, x is True, x is ...)
t = ()
print(t is (), t is not (1, (2,)), [] is [])
if x is 10:
    print("ten")
print("end")
