# Keyword-only parameters after * and positional-only parameters before /, with their error messages.
def kwonly(a, *, scale=1, offset):
    return a * scale + offset
print(kwonly(2, offset=1), kwonly(2, scale=3, offset=1))
try:
    kwonly(2, 3, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    kwonly(2)
except TypeError as e:
    print("TypeError:", e)
def posonly(x, y, /, z=0):
    return x + y + z
print(posonly(1, 2), posonly(1, 2, 3), posonly(1, 2, z=3))
try:
    posonly(x=1, y=2)
except TypeError as e:
    print("TypeError:", e)
def mixed(a, b, /, c, d=4, *, e, f=6):
    return a, b, c, d, e, f
print(mixed(1, 2, 3, e=5), mixed(1, 2, c=3, d=0, e=5, f=7))
def kw_collect(a, /, **kw):
    return a, kw
print(kw_collect(1, a=2))
def clamp(value, /, lo=0, hi=100):
    return max(lo, min(hi, value))
print(clamp(150), clamp(-5), clamp(50, hi=40), clamp(5, 10))
print(kwonly.__kwdefaults__, mixed.__defaults__, posonly.__defaults__)
