# Uncaught exception raised with "from None": the traceback shows only the new exception, not the suppressed context.
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError(f"no entry for {key!r}") from None
table = {"a": 1, "b": 2}
for key in ["a", "b"]:
    print(key, "->", lookup(table, key))
try:
    lookup(table, "z")
except LookupError as e:
    print("handled:", e, "| suppress:", e.__suppress_context__, "| context:", repr(e.__context__))
print("c ->", lookup(table, "c"))
