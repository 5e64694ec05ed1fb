# A tokenizer and recursive-descent parser/evaluator with re and custom errors.
import re
TOKEN = re.compile(r"\s*(?:(?P<num>\d+\.?\d*)|(?P<name>[a-z_]\w*)|(?P<op>\*\*|[-+*/%()=,]))")
class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at {pos}")
        self.pos = pos
def tokenize(s):
    pos, out = 0, []
    s = s.rstrip()
    while pos < len(s):
        m = TOKEN.match(s, pos)
        if not m:
            raise ParseError(f"bad character {s[pos]!r}", pos)
        kind = m.lastgroup
        out.append((kind, m.group(kind), m.start(kind)))
        pos = m.end()
    out.append(("end", "", pos))
    return out
class Parser:
    FUNCS = {"max": max, "min": min, "abs": abs}
    def __init__(self, text, env):
        self.toks, self.i, self.env = tokenize(text), 0, env
    def peek(self):
        return self.toks[self.i]
    def take(self, val=None):
        tok = self.toks[self.i]
        if val is not None and tok[1] != val:
            raise ParseError(f"expected {val!r}, got {tok[1] or 'end'!r}", tok[2])
        self.i += 1
        return tok
    def expr(self):
        v = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            v = v + self.term() if op == "+" else v - self.term()
        return v
    def term(self):
        v = self.power()
        while self.peek()[1] in ("*", "/", "%"):
            op = self.take()[1]
            r = self.power()
            v = v * r if op == "*" else v / r if op == "/" else v % r
        return v
    def power(self):
        v = self.atom()
        if self.peek()[1] == "**":
            self.take()
            return v ** self.power()
        return v
    def atom(self):
        kind, val, pos = self.take()
        if kind == "num":
            return float(val) if "." in val else int(val)
        if val == "-":
            return -self.atom()
        if val == "(":
            v = self.expr()
            self.take(")")
            return v
        if kind == "name":
            if self.peek()[1] == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek()[1] == ",":
                    self.take()
                    args.append(self.expr())
                self.take(")")
                return self.FUNCS[val](*args)
            if val not in self.env:
                raise ParseError(f"unknown name {val!r}", pos)
            return self.env[val]
        raise ParseError(f"unexpected {val or 'end'!r}", pos)
env = {"x": 3, "pi": 3.14159}
for src in ["1 + 2 * 3", "2 ** 3 ** 2", "(1 + 2) * -x", "max(1, x * 2, 4) % 4", "10 / 4", "pi * x ** 2", "1 +", "2 $ 3", "y + 1", "(1 + 2", "7 % 0"]:
    try:
        p = Parser(src, env)
        v = p.expr()
        p.take("")
        print(f"{src!r:24} = {v!r}")
    except ParseError as e:
        print(f"{src!r:24} ! {e} (pos {e.pos})")
    except ZeroDivisionError as e:
        print(f"{src!r:24} ! ZeroDivisionError: {e}")
print(tokenize("a=1,b")[:3], re.findall(r"(\w)(\d)", "a1 b2 c"), re.sub(r"(?P<w>\w+)@(\w+)", r"\2 at \g<w>", "me@host you@there"))
print(re.split(r"[,;]\s*", "a, b;c,d"), re.match(r"(\d+)-(\d+)?", "12-").groups(), re.fullmatch(r"[A-Z]{2}\d{4}", "AB1234") is not None)
