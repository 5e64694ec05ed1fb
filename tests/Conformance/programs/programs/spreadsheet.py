# A tiny spreadsheet: cells with numbers or formulas (=A1+B2*2, SUM(A1:A3)), evaluation by precedence, cycle detection.
import re
class CycleError(Exception):
    pass
def number(text):
    return float(text) if "." in text else int(text)
def calc(expr):
    tokens = re.findall(r"\d+(?:\.\d+)?|[-+*/]", expr)
    terms, ops = [number(tokens[0])], []
    for op, operand in zip(tokens[1::2], tokens[2::2]):
        value = number(operand)
        if op == "*":
            terms[-1] *= value
        elif op == "/":
            terms[-1] /= value
        else:
            ops.append(op)
            terms.append(value)
    total = terms[0]
    for op, value in zip(ops, terms[1:]):
        total = total + value if op == "+" else total - value
    return total
class Sheet:
    def __init__(self):
        self.cells = {}
    def set(self, ref, value):
        self.cells[ref] = value
    def expand(self, a, b):
        col1, row1 = a[0], int(a[1:])
        col2, row2 = b[0], int(b[1:])
        return [f"{chr(c)}{r}" for c in range(ord(col1), ord(col2) + 1) for r in range(row1, row2 + 1)]
    def value(self, ref, visiting=None):
        visiting = visiting or []
        if ref in visiting:
            raise CycleError(" -> ".join(visiting + [ref]))
        raw = self.cells.get(ref, 0)
        if not isinstance(raw, str) or not raw.startswith("="):
            return raw
        expr = raw[1:]
        def sum_range(m):
            refs = self.expand(m.group(1), m.group(2))
            return str(sum(self.value(r, visiting + [ref]) for r in refs))
        expr = re.sub(r"SUM\(([A-Z]\d+):([A-Z]\d+)\)", sum_range, expr)
        expr = re.sub(r"[A-Z]\d+", lambda m: repr(self.value(m.group(), visiting + [ref])), expr)
        if not re.fullmatch(r"[\d.+\-*/ ]+", expr):
            raise ValueError(f"bad formula in {ref}: {raw}")
        return calc(expr)
    def show(self, cols="ABC", rows=range(1, 5)):
        print("    " + "".join(f"{c:>10}" for c in cols))
        for r in rows:
            cells = []
            for c in cols:
                try:
                    v = self.value(f"{c}{r}")
                    cells.append(f"{v:>10.2f}" if isinstance(v, float) else f"{v:>10}")
                except CycleError:
                    cells.append(f"{'#CYCLE':>10}")
            print(f"{r:>3} " + "".join(cells))
s = Sheet()
s.set("A1", 10)
s.set("A2", 20)
s.set("A3", 30.5)
s.set("B1", "=A1*2")
s.set("B2", "=SUM(A1:A3)")
s.set("B3", "=B2/4 + B1")
s.set("C1", "=SUM(A1:B2)")
s.set("C2", "=C3+1")
s.set("C3", "=C2+1")
s.show()
s.set("A1", 100)
print("after A1=100:", s.value("B1"), s.value("B3"), s.value("C1"))
try:
    s.value("C2")
except CycleError as e:
    print("CycleError:", e)
s.set("A4", "=A1+x")
try:
    s.value("A4")
except ValueError as e:
    print("ValueError:", e)
