# Exception-heavy validation with custom hierarchies, chaining, finally, and an uncaught error at the end.
class ValidationError(Exception):
    def __init__(self, field, msg):
        self.field = field
        super().__init__(f"{field}: {msg}")
class MissingField(ValidationError):
    def __init__(self, field):
        super().__init__(field, "is required")
class BadType(ValidationError):
    pass
SCHEMA = {"name": str, "age": int, "email": str}
def validate(rec):
    errors = []
    for field, typ in SCHEMA.items():
        try:
            if field not in rec:
                raise MissingField(field)
            if not isinstance(rec[field], typ):
                raise BadType(field, f"expected {typ.__name__}, got {type(rec[field]).__name__}")
            if field == "age" and not 0 <= rec[field] < 150:
                raise ValidationError(field, f"out of range: {rec[field]}")
        except ValidationError as e:
            errors.append(e)
    return errors
records = [{"name": "ann", "age": 31, "email": "a@x"}, {"name": "bob", "age": "x"}, {"age": 200, "email": 5}]
for r in records:
    errs = validate(r)
    print(len(errs), [f"{type(e).__name__}({e.field})" for e in errs], [str(e) for e in errs])
def parse_int(s):
    try:
        return int(s)
    except ValueError as e:
        raise ValidationError("value", f"not an int: {s!r}") from e
def load(items):
    out = []
    for s in items:
        try:
            out.append(parse_int(s))
        except ValidationError as e:
            print("skip:", e, "| cause:", repr(e.__cause__), e.__suppress_context__)
        else:
            print("ok", s)
        finally:
            print("done", s)
    return out
print(load(["1", "x2", " 3 "]))
def cleanup():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise KeyError("inner")
    except KeyError as e:
        print(repr(e), repr(e.__context__), e.__cause__)
    try:
        raise ValueError("a")
    except ValueError as e:
        try:
            raise TypeError("b") from None
        except TypeError as t:
            print(repr(t), t.__suppress_context__, repr(t.__context__))
cleanup()
e = ValidationError("f", "m")
print(e.args, repr(e), isinstance(e, Exception), BadType.__mro__[1].__name__)
try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2)]) if False else RuntimeError("plain")
except RuntimeError as err:
    print("caught", err)
assert len(records) == 3, "count"
def final(data):
    return data["b"]
final({"a": 1})
