# A regex tokenizer and precedence-climbing calculator with Enum token kinds and a match on operators.
import re
from enum import Enum, auto

class Tok(Enum):
    NUM = auto()
    OP = auto()
    LP = auto()
    RP = auto()
    END = auto()

TOKEN_RE = re.compile(r"\s*(?:(\d+\.?\d*)|(.))")

class ParseError(Exception):
    pass

def tokenize(text):
    pos = 0
    out = []
    for m in TOKEN_RE.finditer(text):
        num, op = m.groups()
        if num:
            out.append((Tok.NUM, float(num) if "." in num else int(num)))
        elif op in "+-*/%^":
            out.append((Tok.OP, op))
        elif op == "(":
            out.append((Tok.LP, op))
        elif op == ")":
            out.append((Tok.RP, op))
        else:
            raise ParseError(f"bad character {op!r} at {m.start(2)}")
    out.append((Tok.END, None))
    return out

class Parser:
    PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}
    def __init__(self, tokens):
        self.tokens = tokens
        self.i = 0
    def peek(self):
        return self.tokens[self.i]
    def next(self):
        t = self.tokens[self.i]
        self.i += 1
        return t
    def primary(self):
        kind, val = self.next()
        if kind is Tok.NUM:
            return val
        if kind is Tok.OP and val == "-":
            return -self.primary()
        if kind is Tok.LP:
            v = self.expr(0)
            if self.next()[0] is not Tok.RP:
                raise ParseError("expected )")
            return v
        raise ParseError(f"unexpected {kind.name}")
    def expr(self, minp):
        lhs = self.primary()
        while True:
            kind, op = self.peek()
            if kind is not Tok.OP or self.PREC[op] < minp:
                return lhs
            self.next()
            p = self.PREC[op]
            rhs = self.expr(p if op == "^" else p + 1)
            match op:
                case "+": lhs = lhs + rhs
                case "-": lhs = lhs - rhs
                case "*": lhs = lhs * rhs
                case "/": lhs = lhs / rhs
                case "%": lhs = lhs % rhs
                case "^": lhs = lhs ** rhs

def calc(s):
    try:
        return Parser(tokenize(s)).expr(0)
    except ParseError as e:
        return f"ParseError: {e}"
    except ZeroDivisionError as e:
        return f"ZeroDivisionError: {e}"

for s in ["1 + 2 * 3", "(1+2)*3", "2^3^2", "-7 % 3", "7 / 2", "10 / 4 * 2", "2 ^ 100", "1 / 0",
          "3 $ 4", "(1 + 2", "1.5 * 4", "-(2+3)*-2", "2^-1", "0.1+0.2"]:
    print(f"{s!r:>14} = {calc(s)!r}")
print(list(Tok), Tok.NUM, repr(Tok.OP), Tok(3), Tok["END"].value)
print(Tok.NUM < Tok.OP if hasattr(Tok.NUM, "__lt__") and False else "no order")
try:
    Tok.NUM < Tok.OP
except TypeError as e:
    print(e)
