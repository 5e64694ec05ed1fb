# A tokenizer for a small language: numbers, identifiers, keywords, strings with escapes, operators, comments, line/col.
KEYWORDS = {"let", "if", "else", "while", "print", "fn", "return"}
OPERATORS = ["==", "!=", "<=", ">=", "->", "+", "-", "*", "/", "=", "<", ">", "(", ")", "{", "}", ",", ";"]
class LexError(Exception):
    pass
def tokenize(src):
    tokens = []
    i, line, col = 0, 1, 1
    while i < len(src):
        ch = src[i]
        start_col = col
        if ch == "\n":
            i += 1; line += 1; col = 1
            continue
        if ch.isspace():
            i += 1; col += 1
            continue
        if ch == "#":
            while i < len(src) and src[i] != "\n":
                i += 1
            continue
        if ch.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("NUM", float(text) if "." in text else int(text), line, start_col))
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            tokens.append(("KW" if word in KEYWORDS else "ID", word, line, start_col))
        elif ch == '"':
            j, buf = i + 1, []
            while j < len(src) and src[j] != '"':
                if src[j] == "\\":
                    j += 1
                    buf.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\"}.get(src[j], src[j]))
                else:
                    buf.append(src[j])
                j += 1
            if j >= len(src):
                raise LexError(f"unterminated string at {line}:{start_col}")
            j += 1
            tokens.append(("STR", "".join(buf), line, start_col))
        else:
            for op in OPERATORS:
                if src.startswith(op, i):
                    j = i + len(op)
                    tokens.append(("OP", op, line, start_col))
                    break
            else:
                raise LexError(f"unexpected {ch!r} at {line}:{start_col}")
        col += j - i
        i = j
    return tokens
program = '''let x = 42;  # answer
let pi = 3.14;
fn add(a, b) -> { return a + b; }
if x >= 10 { print("big\\tvalue \\"x\\""); } else { print("small"); }
'''
for tok in tokenize(program):
    print(tok)
for bad in ['let s = "open', "let y = 5 @ 2;"]:
    try:
        tokenize(bad)
    except LexError as e:
        print("LexError:", e)
counts = {}
for kind, *_ in tokenize(program):
    counts[kind] = counts.get(kind, 0) + 1
print(counts)
