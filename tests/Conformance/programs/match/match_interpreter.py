# A small expression evaluator using match over nested tuples: binary ops, unary minus, variables and let.
def evaluate(expr, env):
    match expr:
        case int() | float():
            return expr
        case str(name):
            return env[name]
        case ("neg", e):
            return -evaluate(e, env)
        case ("+" | "-" | "*" | "/" as op, left, right):
            a, b = evaluate(left, env), evaluate(right, env)
            match op:
                case "+":
                    return a + b
                case "-":
                    return a - b
                case "*":
                    return a * b
                case "/":
                    return a / b
        case ("let", str(name), value, body):
            return evaluate(body, {**env, name: evaluate(value, env)})
        case ("if", cond, then, other):
            return evaluate(then if evaluate(cond, env) else other, env)
        case _:
            raise ValueError(f"bad expression: {expr!r}")
programs = [
    ("+", 1, 2),
    ("*", ("+", 1, 2), ("neg", 4)),
    ("let", "x", 5, ("*", "x", "x")),
    ("let", "x", 2, ("let", "y", ("+", "x", 1), ("/", "y", "x"))),
    ("if", ("-", "a", 3), "a", 0),
    ("pow", 2, 3),
]
for p in programs:
    try:
        print(p, "=>", evaluate(p, {"a": 3}))
    except ValueError as e:
        print("error:", e)
def to_str(expr):
    match expr:
        case (op, l, r):
            return f"({to_str(l)} {op} {to_str(r)})"
        case ("neg", e):
            return f"-{to_str(e)}"
        case _:
            return str(expr)
print(to_str(programs[1]))
