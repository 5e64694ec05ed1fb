# An uncaught exception group: CPython's boxed traceback with the members' own tracebacks, a nested group,
# a chained member and notes.


def check(value):
    if value < 0:
        raise ValueError(f"negative: {value}")
    if value > 100:
        raise OverflowError(f"too big: {value}")
    return value


def validate(values):
    errors = []
    for v in values:
        try:
            check(v)
        except (ValueError, OverflowError) as e:
            errors.append(e)
    try:
        {}["config"]
    except KeyError as e:
        try:
            raise RuntimeError("no configuration")
        except RuntimeError as r:
            errors.append(r)
    nested = ExceptionGroup("nested checks", [TypeError("not a number")])
    nested.add_note("while checking types")
    errors.append(nested)
    if errors:
        group = ExceptionGroup("validation failed", errors)
        group.add_note("3 values checked")
        raise group


print("validating")
validate([5, -1, 500])
