a += b; a -= b; a *= b; a /= b; a //= b; a %= b; a @= b; a &= b; a |= b; a ^= b; a >>= b; a <<= b; a **= b
x = a + b - c * d / e // f % g @ h & i | j ^ k >> l << m ** n
y = a < b > c <= d >= e == f != g
z = ~a; (b := 1); f(*a, **b); ...; a.b
def f(x) -> int: return {x: [x]}
