# A hand-written JSON parser (recursive descent over a string with an index): objects, arrays, strings with escapes, numbers, literals, errors.
class JSONError(ValueError):
    pass
def parse(text):
    value, i = parse_value(text, skip(text, 0))
    if skip(text, i) != len(text):
        raise JSONError(f"extra data at {skip(text, i)}")
    return value
def skip(s, i):
    while i < len(s) and s[i] in " \t\r\n":
        i += 1
    return i
def parse_value(s, i):
    if i >= len(s):
        raise JSONError("unexpected end")
    c = s[i]
    if c == "{":
        obj, i = {}, skip(s, i + 1)
        if s[i:i + 1] == "}":
            return obj, i + 1
        while True:
            if s[i:i + 1] != '"':
                raise JSONError(f"expected key at {i}")
            key, i = parse_string(s, i)
            i = skip(s, i)
            if s[i:i + 1] != ":":
                raise JSONError(f"expected ':' at {i}")
            obj[key], i = parse_value(s, skip(s, i + 1))
            i = skip(s, i)
            if s[i:i + 1] == "}":
                return obj, i + 1
            if s[i:i + 1] != ",":
                raise JSONError(f"expected ',' or '}}' at {i}")
            i = skip(s, i + 1)
    if c == "[":
        arr, i = [], skip(s, i + 1)
        if s[i:i + 1] == "]":
            return arr, i + 1
        while True:
            v, i = parse_value(s, skip(s, i))
            arr.append(v)
            i = skip(s, i)
            if s[i:i + 1] == "]":
                return arr, i + 1
            if s[i:i + 1] != ",":
                raise JSONError(f"expected ',' or ']' at {i}")
            i += 1
    if c == '"':
        return parse_string(s, i)
    for word, val in (("true", True), ("false", False), ("null", None)):
        if s.startswith(word, i):
            return val, i + len(word)
    j = i
    while j < len(s) and s[j] in "+-0123456789.eE":
        j += 1
    if j == i:
        raise JSONError(f"unexpected {c!r} at {i}")
    num = s[i:j]
    return (float(num) if any(ch in num for ch in ".eE") else int(num)), j
def parse_string(s, i):
    out, i = [], i + 1
    escapes = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
    while i < len(s) and s[i] != '"':
        if s[i] == "\\":
            code = s[i + 1]
            out.append(chr(int(s[i + 2:i + 6], 16)) if code == "u" else escapes[code])
            i += 6 if code == "u" else 2
        else:
            out.append(s[i])
            i += 1
    if i >= len(s):
        raise JSONError("unterminated string")
    return "".join(out), i + 1
doc = '{"name": "Portalis", "tags": ["py", "c#"], "n": -12, "pi": 3.14, "big": 1e3, "ok": true, "none": null, "esc": "a\\"b\\\\c\\n\\u00e9", "nested": {"empty": {}, "list": [[], [1, [2]]]}}'
print(parse(doc))
for bad in ['{"a" 1}', "[1, 2", '{"a": tru}', '"open', "[1] x", "{1: 2}"]:
    try:
        print(parse(bad))
    except JSONError as e:
        print(f"{bad!r}: {e}")
