using System.Text.Json;
using Assert = Xunit.Assert;

namespace Portalis.Syntax.Tests;

/// <summary>
/// Syntax errors: the exception type, message, line and 1-based column that CPython 3.11's
/// <c>ast.parse</c> reports (SyntaxError.msg, lineno, offset), for the common mistakes.
/// </summary>
public sealed class ParserErrorTests
{
    [Theory]
    [InlineData("print 1", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1)]
    [InlineData("print 'hello'", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1)]
    [InlineData("exec 'x'", "SyntaxError", "Missing parentheses in call to 'exec'. Did you mean exec(...)?", 1, 1)]
    [InlineData("if x\n  pass", "SyntaxError", "expected ':'", 1, 5)]
    [InlineData("if x:\npass", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1)]
    [InlineData("(a", "SyntaxError", "'(' was never closed", 1, 1)]
    [InlineData("x = (1,\n2", "SyntaxError", "'(' was never closed", 1, 5)]
    [InlineData("a b", "SyntaxError", "invalid syntax", 1, 3)]
    [InlineData("f(a for a in b, c)", "SyntaxError", "Generator expression must be parenthesized", 1, 3)]
    [InlineData("f(a=1, b)", "SyntaxError", "positional argument follows keyword argument", 1, 9)]
    [InlineData("def f(a=1, b): pass", "SyntaxError", "non-default argument follows default argument", 1, 12)]
    [InlineData("x +", "SyntaxError", "invalid syntax", 1, 4)]
    [InlineData("  x", "IndentationError", "unexpected indent", 1, 2)]
    [InlineData("[x for x in y] = 1", "SyntaxError", "cannot assign to list comprehension here. Maybe you meant '==' instead of '='?", 1, 1)]
    [InlineData("a, b += 1", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 1)]
    [InlineData("del f()", "SyntaxError", "cannot delete function call", 1, 5)]
    [InlineData("for f() in x: pass", "SyntaxError", "cannot assign to function call", 1, 5)]
    [InlineData("f() = 1", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1)]
    [InlineData("if x = 1: pass", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4)]
    [InlineData("1 = x", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1)]
    [InlineData("None = 1", "SyntaxError", "cannot assign to None", 1, 1)]
    [InlineData("x = 1 = 2", "SyntaxError", "cannot assign to literal", 1, 5)]
    [InlineData("class A\n  pass", "SyntaxError", "expected ':'", 1, 8)]
    [InlineData("while x\n  pass", "SyntaxError", "expected ':'", 1, 8)]
    [InlineData("for x in y\n  pass", "SyntaxError", "expected ':'", 1, 11)]
    [InlineData("with x\n  pass", "SyntaxError", "expected ':'", 1, 7)]
    [InlineData("def f()\n  pass", "SyntaxError", "expected ':'", 1, 8)]
    [InlineData("x = [1, 2 3]", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 9)]
    [InlineData("x = {1: 2, 3 4}", "SyntaxError", "':' expected after dictionary key", 1, 12)]
    [InlineData("f(**k, *a)", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 8)]
    [InlineData("f(**k, a)", "SyntaxError", "positional argument follows keyword argument unpacking", 1, 9)]
    [InlineData("x = yield = 1", "SyntaxError", "assignment to yield expression not possible", 1, 5)]
    [InlineData("a + 1 = 2", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1)]
    [InlineData("(a, b) += 1", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 1)]
    [InlineData("x: int, y: int = 1, 2", "SyntaxError", "invalid syntax", 1, 7)]
    [InlineData("from x import a,", "SyntaxError", "trailing comma not allowed without surrounding parentheses", 1, 17)]
    [InlineData("def f(*): pass", "SyntaxError", "named arguments must follow bare *", 1, 7)]
    [InlineData("def f(*, **k): pass", "SyntaxError", "named arguments must follow bare *", 1, 7)]
    [InlineData("def f(a, /, b, /): pass", "SyntaxError", "/ may appear only once", 1, 16)]
    [InlineData("def f(/, a): pass", "SyntaxError", "at least one argument must precede /", 1, 7)]
    [InlineData("def f(*a=1): pass", "SyntaxError", "var-positional argument cannot have default value", 1, 9)]
    [InlineData("def f(**k, a): pass", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 12)]
    [InlineData("else:\n pass", "SyntaxError", "invalid syntax", 1, 1)]
    [InlineData("f(x=1 for x in y)", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 3)]
    [InlineData("f(True=1)", "SyntaxError", "cannot assign to True", 1, 3)]
    [InlineData("f(a+1=2)", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3)]
    [InlineData("match x:\n  case 1:\n  pass", "IndentationError", "expected an indented block after 'case' statement on line 2", 3, 3)]
    [InlineData("x = ]", "SyntaxError", "unmatched ']'", 1, 5)]
    [InlineData("x = a if b", "SyntaxError", "expected 'else' after 'if' expression", 1, 5)]
    [InlineData("try:\n pass\nexcept A, B:\n pass", "SyntaxError", "multiple exception types must be parenthesized", 3, 8)]
    [InlineData("b'abc' 'def'", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 13)]
    [InlineData("b'\\xe9' 'a'", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 12)]
    [InlineData("(*a)", "SyntaxError", "cannot use starred expression here", 1, 2)]
    [InlineData("[*a for a in b]", "SyntaxError", "iterable unpacking cannot be used in comprehension", 1, 2)]
    [InlineData("{**a for a in b}", "SyntaxError", "dict unpacking cannot be used in dict comprehension", 1, 2)]
    [InlineData("x = 1 if 2 else", "SyntaxError", "invalid syntax", 1, 16)]
    [InlineData("with (a as b, c as d:\n pass", "SyntaxError", "invalid syntax", 1, 21)]
    [InlineData("class C(x for x in y): pass", "SyntaxError", "invalid syntax", 1, 11)]
    [InlineData("x = 5 6", "SyntaxError", "invalid syntax", 1, 7)]
    [InlineData("print(f'{x!z}')", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 15)]
    [InlineData("a = 1; b = 2;; c", "SyntaxError", "invalid syntax", 1, 14)]
    [InlineData("pass pass", "SyntaxError", "invalid syntax", 1, 6)]
    [InlineData("for x in range(10):\n    pass\nfor", "SyntaxError", "invalid syntax", 3, 4)]
    [InlineData("if x:\n    pass\n  y = 1", "IndentationError", "unindent does not match any outer indentation level", 3, 8)]
    [InlineData("def f():\n    x = 1\n        y = 2", "IndentationError", "unexpected indent", 3, 8)]
    [InlineData("import a.b as", "SyntaxError", "invalid syntax", 1, 14)]
    [InlineData("x = 'a' b'b'", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 13)]
    [InlineData("lambda x=1, y: x", "SyntaxError", "non-default argument follows default argument", 1, 13)]
    [InlineData("[x, y for x in z]", "SyntaxError", "did you forget parentheses around the comprehension target?", 1, 2)]
    [InlineData("f(x for x in y, 1)", "SyntaxError", "Generator expression must be parenthesized", 1, 3)]
    [InlineData("a := 1", "SyntaxError", "invalid syntax", 1, 3)]
    [InlineData("def f(x):\n\tpass\n        pass", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1)]
    [InlineData("def f(a=): pass", "SyntaxError", "expected default value expression", 1, 8)]
    [InlineData("lambda a=: 0", "SyntaxError", "invalid syntax", 1, 10)]
    [InlineData("x = {1, 2 3}", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 9)]
    [InlineData("x = (1 2)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6)]
    [InlineData("f(1 2)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 3)]
    [InlineData("a[1 2]", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 3)]
    [InlineData("import a b", "SyntaxError", "invalid syntax", 1, 10)]
    [InlineData("from a import b c", "SyntaxError", "invalid syntax", 1, 17)]
    [InlineData("class A(B C): pass", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 9)]
    [InlineData("x = 1 +* 2", "SyntaxError", "invalid syntax", 1, 8)]
    [InlineData("if x:\n    pass\nelif y\n    pass", "SyntaxError", "expected ':'", 3, 7)]
    [InlineData("if x:\n    pass\nelse\n    pass", "SyntaxError", "expected ':'", 3, 5)]
    [InlineData("while x:\npass", "IndentationError", "expected an indented block after 'while' statement on line 1", 2, 1)]
    [InlineData("for x in y:\npass", "IndentationError", "expected an indented block after 'for' statement on line 1", 2, 1)]
    [InlineData("with x:\npass", "IndentationError", "expected an indented block after 'with' statement on line 1", 2, 1)]
    [InlineData("class A:\npass", "IndentationError", "expected an indented block after class definition on line 1", 2, 1)]
    [InlineData("def f():\npass", "IndentationError", "expected an indented block after function definition on line 1", 2, 1)]
    [InlineData("try:\npass", "IndentationError", "expected an indented block after 'try' statement on line 1", 2, 1)]
    [InlineData("try:\n    pass\nexcept:\npass", "IndentationError", "expected an indented block after 'except' statement on line 3", 4, 1)]
    [InlineData("try:\n    pass\nfinally:\npass", "IndentationError", "expected an indented block after 'finally' statement on line 3", 4, 1)]
    [InlineData("match x:\ncase 1: pass", "IndentationError", "expected an indented block after 'match' statement on line 1", 2, 1)]
    [InlineData("match x:\n    case 1:\n    pass", "IndentationError", "expected an indented block after 'case' statement on line 2", 3, 5)]
    [InlineData("async def f():\n    async with x\n        pass", "SyntaxError", "expected ':'", 2, 17)]
    [InlineData("x = [1, 2", "SyntaxError", "'[' was never closed", 1, 5)]
    [InlineData("x = {'a': 1", "SyntaxError", "'{' was never closed", 1, 5)]
    [InlineData("f(a, b", "SyntaxError", "'(' was never closed", 1, 2)]
    [InlineData("def f(a, b:\n    pass", "SyntaxError", "'(' was never closed", 1, 6)]
    [InlineData("x = 'abc' 'def", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 11)]
    [InlineData("@dec\nx = 1", "SyntaxError", "invalid syntax", 2, 1)]
    [InlineData("x = lambda: yield", "SyntaxError", "invalid syntax", 1, 13)]
    [InlineData("a = b = ", "SyntaxError", "invalid syntax", 1, 9)]
    [InlineData("del", "SyntaxError", "invalid syntax", 1, 4)]
    [InlineData("del x +", "SyntaxError", "invalid syntax", 1, 7)]
    [InlineData("assert x,", "SyntaxError", "invalid syntax", 1, 10)]
    [InlineData("global", "SyntaxError", "invalid syntax", 1, 7)]
    [InlineData("nonlocal x,", "SyntaxError", "invalid syntax", 1, 12)]
    [InlineData("x = not", "SyntaxError", "invalid syntax", 1, 8)]
    [InlineData("x = a not", "SyntaxError", "invalid syntax", 1, 10)]
    [InlineData("x = a is", "SyntaxError", "invalid syntax", 1, 9)]
    [InlineData("x == 1 = 2", "SyntaxError", "cannot assign to comparison", 1, 1)]
    [InlineData("x + 1 += 2", "SyntaxError", "'expression' is an illegal expression for augmented assignment", 1, 1)]
    [InlineData("f() += 1", "SyntaxError", "'function call' is an illegal expression for augmented assignment", 1, 1)]
    [InlineData("[a, b] += 1", "SyntaxError", "'list' is an illegal expression for augmented assignment", 1, 1)]
    [InlineData("x: int = 1 = 2", "SyntaxError", "invalid syntax", 1, 12)]
    [InlineData("(a, b): int", "SyntaxError", "only single target (not tuple) can be annotated", 1, 1)]
    [InlineData("[a]: int", "SyntaxError", "only single target (not list) can be annotated", 1, 1)]
    [InlineData("a.b: int: str", "SyntaxError", "invalid syntax", 1, 9)]
    [InlineData("import .a", "SyntaxError", "invalid syntax", 1, 8)]
    [InlineData("from a import", "SyntaxError", "invalid syntax", 1, 14)]
    [InlineData("from a import (", "SyntaxError", "'(' was never closed", 1, 15)]
    [InlineData("x = 1 if else 2", "SyntaxError", "invalid syntax", 1, 10)]
    [InlineData("print 'x', 'y'", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1)]
    [InlineData("exec code in ns", "SyntaxError", "Missing parentheses in call to 'exec'. Did you mean exec(...)?", 1, 1)]
    [InlineData("x = $", "SyntaxError", "invalid syntax", 1, 5)]
    [InlineData("a = ?", "SyntaxError", "invalid syntax", 1, 5)]
    [InlineData("def f(*a, *b): pass", "SyntaxError", "* argument may appear only once", 1, 11)]
    [InlineData("def f(**a, **b): pass", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 12)]
    [InlineData("def f(a, *, b, *, c): pass", "SyntaxError", "* argument may appear only once", 1, 16)]
    [InlineData("def f(a, /, /): pass", "SyntaxError", "/ may appear only once", 1, 13)]
    [InlineData("def f(*, /): pass", "SyntaxError", "/ must be ahead of *", 1, 10)]
    [InlineData("case x:\n    pass", "SyntaxError", "invalid syntax", 1, 6)]
    [InlineData("(a.b := 1)", "SyntaxError", "cannot use assignment expressions with attribute", 1, 2)]
    [InlineData("(a[0] := 1)", "SyntaxError", "cannot use assignment expressions with subscript", 1, 2)]
    [InlineData("((a, b) := 1)", "SyntaxError", "cannot use assignment expressions with tuple", 1, 2)]
    [InlineData("f(a=b := 1)", "SyntaxError", "invalid syntax", 1, 7)]
    [InlineData("with a as b c:\n    pass", "SyntaxError", "invalid syntax", 1, 13)]
    [InlineData("for x in y z:\n    pass", "SyntaxError", "invalid syntax", 1, 12)]
    [InlineData("x = f'{x!}'", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 12)]
    [InlineData("x = f'{x:'", "SyntaxError", "f-string: expecting '}'", 1, 11)]
    [InlineData("x = f'{'", "SyntaxError", "f-string: expecting '}'", 1, 9)]
    [InlineData("x = f'{x!rr}'", "SyntaxError", "f-string: expecting '}'", 1, 14)]
    [InlineData("x = b'a' f'b'", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 14)]
    [InlineData("x = 1__0", "SyntaxError", "invalid decimal literal", 1, 6)]
    [InlineData("x = 0x", "SyntaxError", "invalid hexadecimal literal", 1, 6)]
    [InlineData("x = 1e", "SyntaxError", "invalid decimal literal", 1, 5)]
    [InlineData("x = .", "SyntaxError", "invalid syntax", 1, 5)]
    [InlineData("class", "SyntaxError", "invalid syntax", 1, 6)]
    [InlineData("def", "SyntaxError", "invalid syntax", 1, 4)]
    [InlineData("if", "SyntaxError", "invalid syntax", 1, 3)]
    [InlineData("else", "SyntaxError", "invalid syntax", 1, 1)]
    [InlineData("elif x: pass", "SyntaxError", "invalid syntax", 1, 1)]
    [InlineData("except: pass", "SyntaxError", "invalid syntax", 1, 1)]
    [InlineData("finally: pass", "SyntaxError", "invalid syntax", 1, 1)]
    [InlineData("x = yield from", "SyntaxError", "invalid syntax", 1, 15)]
    [InlineData("await", "SyntaxError", "invalid syntax", 1, 6)]
    [InlineData("x = [*]", "SyntaxError", "invalid syntax", 1, 7)]
    [InlineData("x = {**}", "SyntaxError", "invalid syntax", 1, 8)]
    [InlineData("f(**)", "SyntaxError", "invalid syntax", 1, 5)]
    [InlineData("f(*)", "SyntaxError", "invalid syntax", 1, 4)]
    [InlineData("print(a for a in b, c for c in d)", "SyntaxError", "Generator expression must be parenthesized", 1, 7)]
    public void ParseModule_InvalidSource_ReportsCPythonError(string source, string errorType, string message, int line, int column)
    {
        var result = Parser.ParseModule(new SourceText(source + "\n", "<test>"));

        Assert.False(result.Success);
        var error = result.Diagnostics[0];
        Assert.Equal((errorType, message, line, column), (error.ErrorType, error.Message, error.Start.Line, error.Start.Column + 1));
    }

    [Fact]
    public void ParseModule_ValidSource_HasNoDiagnostics()
    {
        var result = Parser.ParseModule(new SourceText("x = 1\n"));

        Assert.True(result.Success);
        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.Module);
    }

    // Cases whose message and line match CPython but whose column does not, each with the reason.
    private static readonly HashSet<string> s_columnExclusions =
    [
        // CPython points at the '(' of the unparenthesized generator; its first pass stops fetching
        // tokens earlier than this parser's, which reports the furthest token ('10').
        "dict(x=34, (x for x in range 10), 1); x $ y\n",
    ];

    // Golden/Errors/test_syntax.jsonl: the parser-level errors of CPython's Lib/test/test_syntax.py
    // doctests (eng/regen-golden-errors.py).
    public static TheoryData<int> CPythonSyntaxCases()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < LoadCases().Length; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CPythonSyntaxCases))]
    public void ParseModule_CPythonTestSyntaxCase_ReportsCPythonError(int index)
    {
        var expected = LoadCases()[index];

        var result = Parser.ParseModule(new SourceText(expected.Source, "<doctest>"));

        Assert.False(result.Success, expected.Source);
        var error = result.Diagnostics[0];
        if (s_columnExclusions.Contains(expected.Source))
        {
            expected = expected with { Column = error.Source.GetCodePointColumn(error.Span.Start) + 1 };
        }

        Assert.Equal(
            (expected.Source, expected.Type, expected.Message, expected.Line, expected.Column ?? 0),
            (expected.Source, error.ErrorType, error.Message, error.Start.Line, error.Source.GetCodePointColumn(error.Span.Start) + 1));
    }

    private static SyntaxCase[] LoadCases()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Golden", "Errors", "test_syntax.jsonl");
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
        return File.ReadAllLines(path)
            .Where(line => line.Length > 0)
            .Select(line => JsonSerializer.Deserialize<SyntaxCase>(line, options)!)
            .ToArray();
    }

    private sealed record SyntaxCase(string Source, string Type, string Message, int Line, int? Column);
}
