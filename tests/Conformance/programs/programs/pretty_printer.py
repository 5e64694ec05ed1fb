# A JSON-ish pretty printer: recursive formatting of dicts, lists, tuples, strings with escapes, numbers and None.
def escape(s):
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 32:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'
def pretty(value, indent=0, step=2):
    pad = " " * indent
    inner = " " * (indent + step)
    if value is None:
        return "null"
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [f"{inner}{escape(str(k))}: {pretty(v, indent + step, step)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in value) and len(value) <= 6:
            return "[" + ", ".join(repr(v) for v in value) + "]"
        items = [inner + pretty(v, indent + step, step) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    raise TypeError(f"cannot pretty-print {type(value).__name__}")
doc = {
    "name": "portalis",
    "version": (1, 2, 0),
    "tags": ["compiler", "python", "c#"],
    "meta": {"stars": 1234, "ratio": 0.75, "empty": {}, "none": None, "ok": True},
    "text": 'say "hi"\n\tand\\go\x01',
    "matrix": [[1, 2], [3, 4.5]],
    "mixed": [1, "two", [3, [4, []]], {"five": 5}],
}
print(pretty(doc))
print(pretty(doc["meta"], step=4))
try:
    pretty({"bad": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
print(pretty([]), pretty("plain"), pretty(-0.5), pretty(10 ** 20))
