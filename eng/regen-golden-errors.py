#!/usr/bin/env python3
"""Regenerates tests/Portalis.Syntax.Tests/Golden/Errors/test_syntax.jsonl: the snippets of CPython
3.11's Lib/test/test_syntax.py doctests that ast.parse rejects, each with the exception type, message,
line and 1-based column (SyntaxError.offset) that CPython's parser reports.

Usage: python3 eng/regen-golden-errors.py
"""
import ast
import doctest
import json
import pathlib
import sys

import test.test_syntax

if sys.version_info[:2] != (3, 11):
    sys.exit("regen-golden-errors.py needs CPython 3.11")

TARGET = pathlib.Path(__file__).resolve().parent.parent / "tests/Portalis.Syntax.Tests/Golden/Errors/test_syntax.jsonl"

lines = []
for example in doctest.DocTestParser().get_examples(test.test_syntax.__doc__):
    if not example.exc_msg or "SyntaxError" not in example.exc_msg:
        continue
    try:
        ast.parse(example.source)
        continue  # rejected later, by the compiler, not by the parser
    except SyntaxError as e:
        lines.append(json.dumps({"source": example.source, "type": type(e).__name__, "message": e.msg,
                                 "line": e.lineno, "column": e.offset}, ensure_ascii=False))
TARGET.write_text("\n".join(lines) + "\n", encoding="utf-8")
print(len(lines), "cases")
