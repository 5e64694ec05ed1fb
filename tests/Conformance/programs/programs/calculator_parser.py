# Recursive-descent arithmetic parser and evaluator with precedence, unary minus, power, parentheses, variables, errors.
import math
import re
class ParseError(Exception):
    pass
class Parser:
    def __init__(self, text, env):
        self.tokens = self.lex(text)
        self.pos = 0
        self.env = env
    @staticmethod
    def lex(text):
        tokens = []
        for number, name, op, bad in re.findall(r"\s*(?:(\d+\.?\d*|\.\d+)|([A-Za-z]\w*)|([-+*/^(),])|(\S))", text):
            if bad:
                raise ParseError(f"bad character {bad!r}")
            tokens.append(float(number) if number else name or op)
        return tokens
    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None
    def take(self, expected=None):
        tok = self.peek()
        if expected is not None and tok != expected:
            raise ParseError(f"expected {expected!r}, got {tok!r}")
        self.pos += 1
        return tok
    def parse(self):
        value = self.expr()
        if self.peek() is not None:
            raise ParseError(f"unexpected {self.peek()!r}")
        return value
    def expr(self):
        v = self.term()
        while self.peek() in ("+", "-"):
            v = v + self.term() if self.take() == "+" else v - self.term()
        return v
    def term(self):
        v = self.factor()
        while self.peek() in ("*", "/"):
            op = self.take()
            rhs = self.factor()
            if op == "/" and rhs == 0:
                raise ParseError("division by zero")
            v = v * rhs if op == "*" else v / rhs
        return v
    def factor(self):
        if self.peek() == "-":
            self.take()
            return -self.factor()
        base = self.atom()
        if self.peek() == "^":
            self.take()
            return base ** self.factor()
        return base
    def atom(self):
        tok = self.take()
        if isinstance(tok, float):
            return tok
        if tok == "(":
            v = self.expr()
            self.take(")")
            return v
        if isinstance(tok, str) and tok.isalpha():
            if self.peek() == "(":
                self.take("(")
                arg = self.expr()
                self.take(")")
                return {"sqrt": math.sqrt, "abs": abs}[tok](arg)
            if tok not in self.env:
                raise ParseError(f"unknown variable {tok!r}")
            return self.env[tok]
        raise ParseError(f"unexpected {tok!r}")
env = {"x": 3.0, "y": 0.5}
for text in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4 - x", "sqrt(16) + abs(-2.5)",
             "x * (y + 1) / 2", "1 / (x - 3)", "2 +", "3 $ 4", "(1 + 2", "z + 1", "1 2"]:
    try:
        print(f"{text:<22} = {Parser(text, env).parse()}")
    except ParseError as e:
        print(f"{text:<22} ! {e}")
