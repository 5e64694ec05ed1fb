x: int
x: int = 1
(y): int = 2
a.b: str
c[0]: float = 1.0
z: list[int] = yield_value
