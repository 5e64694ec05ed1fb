# Custom exception classes with extra fields, __str__ overrides, hierarchies, and args/str/repr of exceptions.
class AppError(Exception):
    """Base of the application's errors."""
class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
class NotFound(AppError):
    def __init__(self, kind, key):
        self.kind, self.key = kind, key
    def __str__(self):
        return f"{self.kind} {self.key!r} not found"
def validate(user):
    if not user.get("name"):
        raise ValidationError("name", "required")
    if user.get("age", 0) < 0:
        raise ValidationError("age", "must be positive")
    return True
for u in [{"name": "a"}, {}, {"name": "b", "age": -1}]:
    try:
        print(validate(u))
    except ValidationError as e:
        print("invalid:", e, "| field =", e.field, "| args =", e.args)
try:
    raise NotFound("user", 42)
except AppError as e:
    print(str(e), repr(e), e.args, isinstance(e, Exception), e.kind)
e = ValueError("bad", 42)
print(str(e), repr(e), e.args, len(e.args))
print(str(ValueError()), repr(ValueError()), str(ValueError("one")), repr(KeyError("k")), str(KeyError("k")))
print(str(OSError(2, "No such file")), OSError(2, "No such file").errno, OSError(2, "x").strerror)
class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
print(repr(WithDefault()), str(WithDefault("custom")))
errors = []
for val in ["12", "-3", "abc", "7"]:
    try:
        n = int(val)
        if n < 0:
            raise ValidationError("value", f"{n} is negative")
        print("ok", n)
    except (ValueError, AppError) as ex:
        errors.append(f"{type(ex).__name__}({ex})")
print(errors)
print(AppError.__doc__, ValidationError.__mro__[1].__name__)
