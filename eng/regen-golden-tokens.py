#!/usr/bin/env python3
r"""Regenerates the tokenizer's golden files with CPython 3.11 (run from anywhere: python3 eng/regen-golden-tokens.py).

tests/Portalis.Syntax.Tests/Golden/Tokens/NAME.py      a source (written from TOKEN_CASES below, bytes exact)
tests/Portalis.Syntax.Tests/Golden/Tokens/NAME.tokens  what `python3 -m tokenize -e NAME.py` prints
tests/Portalis.Syntax.Tests/Golden/TokenizerErrors/NAME.py   a source CPython rejects in its tokenizer
tests/Portalis.Syntax.Tests/Golden/TokenizerErrors/NAME.err  what `python3 NAME.py` prints on stderr,
                                                             with the absolute path replaced by NAME.py
"""
import io
import os
import subprocess
import sys
import tokenize
from token import tok_name

if sys.version_info[:2] != (3, 11):
    sys.exit("run with CPython 3.11")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOLDEN = os.path.join(ROOT, "tests", "Portalis.Syntax.Tests", "Golden")

TOKEN_CASES = {
    "indentation": b"if x:\n    a = 1\n    if y:\n        b\n\n    # comment\n  # odd comment\n    c\nd\n",
    "tabs": b"if x:\n\tif y:\n\t\tpass\n\telse:\n\t    pass\n",
    "formfeed": b"\x0cx = 1\nif x:\n    \x0c    y\n",
    "crlf": b"x = 1\r\nif x:\r\n    y = (1,\r\n         2)\r\n",
    "no_final_newline": b"def f():\n    return 1",
    "comment_at_eof": b"x = 1\n# last",
    "comment_after_code_at_eof": b"x = 1  # last",
    "dedent_at_eof": b"class A:\n    def f(self):\n        if x:\n            pass\n",
    "blank_lines": b"\n\n   \nx = 1\n\t\n\n",
    "empty": b"",
    "only_comments": b"# a\n# b\n",
    "strings": b"a = 'x' \"y\" '''z\n'''\nb = (r'\\d', R\"\\n\", u'u', U\"U\", b'b', B\"B\", br'x', Rb'y', bR'z', RB\"w\", rb'') \nc = f'{x!r:>10}' F\"{y}\" fr'{z}' Rf'\\{w}' fR\"\"\"\n{a}\n\"\"\"\nd = 'it\\'s' \"q\\\"\" '\\\\'\ne = '''a''' \"\"\"b\"\"\" ''\n",
    "string_continuation": b"s = 'abc\\\ndef'\nt = (\"x\"\n     \"y\")\n",
    "numbers": b"n = [0, 00, 0_0, 1, 1_000, 0x1F, 0XaB_cd, 0o17, 0O1_7, 0b1, 0B1_0, 1.5, .5, 5., 1e5, 1E-5, 1.5e+10, 1_0.0_1e1_0, 3j, 3.5J, 1e3j, 0j, 00.5, 09.5, 0e0]\nm = 1if x else 2\nk = [0x1for x in y]\n",
    "operators": b"a += b; a -= b; a *= b; a /= b; a //= b; a %= b; a @= b; a &= b; a |= b; a ^= b; a >>= b; a <<= b; a **= b\nx = a + b - c * d / e // f % g @ h & i | j ^ k >> l << m ** n\ny = a < b > c <= d >= e == f != g\nz = ~a; (b := 1); f(*a, **b); ...; a.b\ndef f(x) -> int: return {x: [x]}\n",
    "keywords": b"async def f():\n    await x\n    async with a as b:\n        pass\n    async for i in y:\n        yield z\nmatch x:\n    case [1, *_] if True:\n        pass\n    case _:\n        nonlocal_ = None\nglobal g\nlambda: False or not None and True is not del_\n",
    "unicode_names": "\u00e9t\u00e9 = 1\n\u03c0 = 3.14\n\u6570\u5b57 = '\u6587\u5b57'\n_xy = 'caf\u00e9 \U0001F600'\n".encode("utf-8"),
    "backslash": b"x = 1 + \\\n    2\nif a and \\\n   b:\n    pass\ny = [1, \\\n     2]\n",
    "brackets_comments": b"x = [  # open\n    1,  # one\n\n    # alone\n    2,\n]  # close\n",
    "bom": b"\xef\xbb\xbfx = 'bom'\n",
    "latin1_cookie": b"# -*- coding: latin-1 -*-\nx = '\xe9t\xe9'\n",
    "cookie_line2": b"#!/usr/bin/env python3\n# vim: set fileencoding=utf-8 :\nx = '\xc3\xa9'\n",
    "decorators_and_semicolons": b"@dec\n@dec.attr(1)\nclass C: pass; x = 1;\n",
    "trailing_whitespace": b"x = 1   \nif x:   \n    y = 2\t\n",
}

ERROR_CASES = {
    "unterminated_string": b"x = 'abc\n",
    "unterminated_string_eof": b"x = \"abc",
    "unterminated_string_prefix": b"x = 1\ny = rb'abc\n",
    "unterminated_string_continued": b"x = 'a\\\nb\n",
    "unterminated_triple": b"x = 1\ny = '''abc\n\nz\n",
    "unterminated_triple_eof": b"x = \"\"\"abc",
    "never_closed": b"x = (1,\n",
    "never_closed_nested": b"foo(a, [1,\n 2\n",
    "never_closed_backslash": b"a = (\\",
    "unexpected_eof_backslash": b"if 1:\n    x = 1 \\\n",
    "unexpected_eof_backslash_no_newline": b"a\\",
    "bad_continuation": b"x = 1 \\ y\n",
    "bad_continuation_in_brackets": b"x = (1,\n2 \\ y)\n",
    "bad_continuation_chain": b"x = 1 + \\\n  2 \\ y\n",
    "unmatched": b"x = 1)\n",
    "unmatched_brace": b"def f():\n    return }\n",
    "mismatch": b"x = (1]\n",
    "mismatch_other_line": b"x = (1,\n2]\n",
    "unindent": b"if x:\n    a\n  b\n",
    "unindent_nested": b"if x:\n  if y:\n      a\n   b\n",
    "tab_error_tab_then_spaces": b"if x:\n\ta\n        b\n",
    "tab_error_spaces_then_tab": b"if x:\n        a\n\tb\n",
    "tab_error_indent": b"if x:\n\tif y:\n\t\ta\n        \tb\n",
    "too_deep_indentation": b"if 1:\n" + b"".join(b" " * i + b"if 1:\n" for i in range(1, 101)) + b" " * 101 + b"pass\n",
    "too_many_parentheses": b"x = " + b"(" * 201 + b"\n",
    "invalid_character": "x = 1\u20ac\n".encode("utf-8"),
    "invalid_character_in_name": "a\u20acb = 1\n".encode("utf-8"),
    "invalid_character_start": "\u20ac = 1\n".encode("utf-8"),
    "invalid_character_astral": "s = 'abc' + \U0001F600\n".encode("utf-8"),
    "non_printable_nbsp": "x = 1\u00a0\n".encode("utf-8"),
    "non_printable_control": b"x = 1\x01\n",
    "leading_zeros": b"x = 0123\n",
    "leading_zeros_underscore": b"x = 00_12\n",
    "invalid_decimal_letters": b"x = 1abc\n",
    "invalid_decimal_double_underscore": b"x = 1__2\n",
    "invalid_decimal_trailing_underscore": b"x = 1_\n",
    "invalid_decimal_exponent": b"x = 1e\n",
    "invalid_decimal_exponent_sign": b"x = 1e+\n",
    "invalid_decimal_fraction": b"x = 5.x\n",
    "invalid_decimal_zero_underscore": b"x = 0_x\n",
    "invalid_hexadecimal": b"x = 0x\n",
    "invalid_hexadecimal_digit": b"x = 0x1g\n",
    "invalid_octal": b"x = 0o\n",
    "invalid_octal_digit": b"x = 0o19\n",
    "invalid_binary": b"x = 0b\n",
    "invalid_binary_digit": b"x = 0b12\n",
    "invalid_imaginary": b"x = 1.5j2\n",
    "stray_dollar": b"x = $\n",
    "stray_then_tokenizer_error": b"x = $\ny = 'abc\n",
    "tokenizer_error_beats_parser_error": b"x = = 1\ny = 'abc\n",
    "caret_counts_utf8_bytes": "s = \"\u00e9\u00e9\" + 0x\n".encode("utf-8"),
    "indented_error_line": b"if 1:\n        x = 'abc\n",
    "null_byte": b"x = 1\x00\n",
    "non_utf8": b"x = 1\ny = \"\xff\"\n",
    "unknown_encoding": b"# -*- coding: foobar -*-\nx = 1\n",
    "bom_with_latin1_cookie": b"\xef\xbb\xbf# coding: latin-1\nx = 1\n",
}


def write(path, data):
    with open(path, "wb") as f:
        f.write(data)


def python_tokens(path):
    out = io.StringIO()
    with open(path, "rb") as f:
        for token in tokenize.tokenize(f.readline):
            token_range = "%d,%d-%d,%d:" % (token.start + token.end)
            out.write("%-20s%-15s%-15r\n" % (token_range, tok_name[token.exact_type], token.string))
    return out.getvalue()


def main():
    tokens_dir = os.path.join(GOLDEN, "Tokens")
    errors_dir = os.path.join(GOLDEN, "TokenizerErrors")
    os.makedirs(tokens_dir, exist_ok=True)
    os.makedirs(errors_dir, exist_ok=True)
    for name, data in TOKEN_CASES.items():
        path = os.path.join(tokens_dir, name + ".py")
        write(path, data)
        compile(data, path, "exec")
        write(os.path.join(tokens_dir, name + ".tokens"), python_tokens(path).encode("utf-8"))
    for name, data in ERROR_CASES.items():
        path = os.path.join(errors_dir, name + ".py")
        write(path, data)
        run = subprocess.run([sys.executable, path], capture_output=True, cwd=errors_dir)
        if run.returncode == 0 or b"Traceback" in run.stderr:
            sys.exit(f"{name}: expected a compile-time error, got {run.stderr!r}")
        stderr = run.stderr.replace(path.encode("utf-8"), (name + ".py").encode("utf-8"))
        write(os.path.join(errors_dir, name + ".err"), stderr)
    print(f"wrote {len(TOKEN_CASES)} token and {len(ERROR_CASES)} error goldens under {os.path.relpath(GOLDEN, ROOT)}")


if __name__ == "__main__":
    main()
