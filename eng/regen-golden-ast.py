#!/usr/bin/env python3
"""Regenerates the expected AST dumps of tests/Portalis.Syntax.Tests/Golden/Ast with CPython 3.11:
for each NAME.py, NAME.dump holds ast.dump(ast.parse(source)) and NAME.positions.dump holds
ast.dump(tree, include_attributes=True). Run after adding or editing a golden source.

Usage: python3 eng/regen-golden-ast.py
"""
import ast
import pathlib
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit("regen-golden-ast.py needs CPython 3.11 (the dumps are 3.11's)")

GOLDEN = pathlib.Path(__file__).resolve().parent.parent / "tests/Portalis.Syntax.Tests/Golden/Ast"

for source_path in sorted(GOLDEN.glob("*.py")):
    tree = ast.parse(source_path.read_bytes(), filename=source_path.name)
    source_path.with_suffix(".dump").write_text(ast.dump(tree) + "\n", encoding="utf-8")
    source_path.with_suffix(".positions.dump").write_text(ast.dump(tree, include_attributes=True) + "\n", encoding="utf-8")
    print(source_path.name)
