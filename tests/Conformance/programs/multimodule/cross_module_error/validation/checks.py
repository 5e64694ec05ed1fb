# Checks that raise a custom exception.
class ValidationError(ValueError):
    pass
def require_name(record):
    if not record.get("name"):
        raise ValidationError(f"record without a name: {record!r}")
