# match statement: literal patterns, or-patterns, wildcard, capture, guards and value patterns via dotted names.
import enum
def http_status(code):
    match code:
        case 200 | 201 | 204:
            return "success"
        case 301 | 302:
            return "redirect"
        case 404:
            return "not found"
        case 500:
            return "server error"
        case int(n) if 400 <= n < 500:
            return f"client error {n}"
        case _:
            return "unknown"
print([http_status(c) for c in (200, 204, 302, 404, 418, 500, 999)])
def describe(value):
    match value:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 0:
            return "zero"
        case "":
            return "empty string"
        case "yes" | "y":
            return "affirmative"
        case other:
            return f"something else: {other!r}"
print([describe(v) for v in (None, True, False, 0, 0.0, "", "y", "maybe", 1)])
class Color(enum.Enum):
    RED = 1
    GREEN = 2
def color_name(c):
    match c:
        case Color.RED:
            return "red!"
        case Color.GREEN:
            return "green!"
print(color_name(Color.RED), color_name(Color.GREEN), color_name(3))
def sign(n):
    match n:
        case x if x < 0:
            return "negative"
        case 0:
            return "zero"
        case _:
            return "positive"
print([sign(n) for n in (-2, 0, 7)])
