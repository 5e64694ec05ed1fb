# Exception objects as data: args tuples, str/repr of builtin exceptions with 0/1/2 args, attributes of KeyError/OSError/StopIteration.
for exc in [ValueError(), ValueError("msg"), ValueError("a", 2), KeyError("key"), KeyError(), IndexError(5),
            TypeError("x", None), RuntimeError(""), Exception([1, 2])]:
    print(f"{type(exc).__name__:<13} args={exc.args!r:<16} str={str(exc)!r:<14} repr={exc!r}")
try:
    {}["missing"]
except KeyError as e:
    print(e.args, str(e), repr(e))
try:
    [].pop()
except IndexError as e:
    print(e.args)
try:
    int("q")
except ValueError as e:
    print(e.args)
e = OSError(2, "No such file or directory", "data.txt")
print(e.errno, e.strerror, e.filename, str(e), type(e).__name__)
print(type(OSError(2, "x")).__name__, isinstance(FileNotFoundError(), OSError))
s = StopIteration(42)
print(s.value, s.args)
class Rich(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code
        self.detail = detail
r = Rich(404, "not found")
print(r.args, str(r), repr(r), r.code)
errors = []
for f in (lambda: 1 / 0, lambda: "x" + 1, lambda: [][0]):
    try:
        f()
    except Exception as ex:
        errors.append(ex)
print([type(x).__name__ for x in errors], [str(x) for x in errors])
print(isinstance(errors[0], ArithmeticError), errors[0].__class__.__mro__[1].__name__)
