# Dictionaries of functions as dispatch tables, default handlers with get, and dicts of dicts as simple records.
def add(a, b): return a + b
def sub(a, b): return a - b
def mul(a, b): return a * b
def div(a, b):
    if b == 0:
        raise ZeroDivisionError("division by zero")
    return a / b
OPS = {"+": add, "-": sub, "*": mul, "/": div}
def calc(expr):
    a, op, b = expr.split()
    fn = OPS.get(op)
    if fn is None:
        return f"unsupported operator {op!r}"
    try:
        return fn(float(a), float(b))
    except ZeroDivisionError as e:
        return f"error: {e}"
for e in ["3 + 4", "10 / 4", "2 * 8.5", "1 / 0", "2 ^ 3", "7 - 10"]:
    print(e, "=", calc(e))
handlers = {}
def on(event):
    def deco(fn):
        handlers.setdefault(event, []).append(fn)
        return fn
    return deco
@on("save")
def log_save(doc):
    return f"logged {doc}"
@on("save")
def backup(doc):
    return f"backed up {doc}"
@on("close")
def cleanup(doc):
    return f"cleaned {doc}"
for event in ["save", "close", "open"]:
    print(event, [h("report.txt") for h in handlers.get(event, [])] or "no handlers")
employees = {
    101: {"name": "ann", "dept": "eng", "salary": 120},
    102: {"name": "bob", "dept": "ops", "salary": 90},
    103: {"name": "cy", "dept": "eng", "salary": 105},
}
employees[102]["salary"] += 5
by_dept = {}
for eid, rec in employees.items():
    by_dept.setdefault(rec["dept"], []).append((rec["name"], rec["salary"]))
print(by_dept, {d: sum(s for _, s in v) for d, v in by_dept.items()})
print(sorted(employees, key=lambda k: employees[k]["salary"], reverse=True), employees.get(999, {}).get("name", "?"))
