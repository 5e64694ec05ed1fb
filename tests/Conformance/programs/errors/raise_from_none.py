# Uncaught exception raised with "from None": the traceback shows only the new exception, not the suppressed context.
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError(f"no entry for {key!r}") from None
table = {"a": 1}
print("a ->", lookup(table, "a"))
print("b ->", lookup(table, "b"))
