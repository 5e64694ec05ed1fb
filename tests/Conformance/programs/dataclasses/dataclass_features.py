# dataclass features: kw_only fields, slots=True, field(init=False) with __post_init__, ClassVar, InitVar, and match_args.
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY
from typing import ClassVar
@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    retries: int = 3
print(Options(retries=5))
try:
    Options(True)
except TypeError as e:
    print("TypeError:", e)
@dataclass
class Request:
    url: str
    _: KW_ONLY
    method: str = "GET"
    timeout: float = 10.0
print(Request("http://x", method="POST"))
@dataclass(slots=True)
class Pixel:
    x: int
    y: int
    color: str = "black"
p = Pixel(1, 2)
print(p, hasattr(p, "__dict__"), Pixel.__slots__)
try:
    p.alpha = 0.5
except AttributeError as e:
    print("AttributeError:", type(e).__name__)
@dataclass
class User:
    name: str
    password: InitVar[str]
    count: ClassVar[int] = 0
    password_length: int = field(init=False)
    def __post_init__(self, password):
        self.password_length = len(password)
        User.count += 1
u = User("ann", "s3cret!")
print(u, User.count, [f.name for f in fields(User)])
@dataclass
class Move:
    piece: str
    to: tuple
def describe(m):
    match m:
        case Move("king", (x, y)):
            return f"king to {x},{y}"
        case Move(piece, to):
            return f"{piece} to {to}"
print(Move.__match_args__, describe(Move("king", (4, 7))), describe(Move("pawn", (1, 3))))
