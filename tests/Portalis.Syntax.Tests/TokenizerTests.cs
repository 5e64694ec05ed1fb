using System.Text;
using Portalis.Syntax.Diagnostics;
using Portalis.Syntax.Tokens;

namespace Portalis.Syntax.Tests;

public sealed class TokenizerTests
{
    private static TokenizeResult Tokenize(string text, bool trivia = false)
        => Tokenizer.Tokenize(new SourceText(text, "t.py"), new TokenizerOptions { IncludeTrivia = trivia });

    private static TokenKind[] Kinds(string text, bool trivia = false) => Tokenize(text, trivia).AsSpan().ToArray().Select(t => t.Kind).ToArray();

    private static string[] Texts(string text)
    {
        var result = Tokenize(text);
        return result.AsSpan().ToArray().Select(t => text[t.Span.Start..t.Span.End]).ToArray();
    }

    [Fact]
    public void Tokenize_IndentedBlock_ProducesIndentAndDedentAroundBody()
    {
        Assert.Equal(
            [
                TokenKind.IfKeyword, TokenKind.Name, TokenKind.Colon, TokenKind.Newline,
                TokenKind.Indent, TokenKind.PassKeyword, TokenKind.Newline,
                TokenKind.Dedent, TokenKind.Name, TokenKind.Newline, TokenKind.EndMarker,
            ],
            Kinds("if x:\n    pass\n\n  # comment\ny\n"));
    }

    [Fact]
    public void Tokenize_NestedBlocksAtEndOfFile_EmitsOneDedentPerLevel()
    {
        var result = Tokenize("if a:\n if b:\n  c");
        var kinds = result.AsSpan().ToArray().Select(t => t.Kind).ToArray();
        Assert.Equal([TokenKind.Newline, TokenKind.Dedent, TokenKind.Dedent, TokenKind.EndMarker], kinds[^4..]);
        var newline = result.Tokens[result.Count - 4];
        Assert.Equal(new TextSpan(16, 16), newline.Span);
    }

    [Fact]
    public void Tokenize_Trivia_AddsCommentsAndNonLogicalNewlines()
    {
        Assert.Equal(
            [
                TokenKind.Comment, TokenKind.NonLogicalNewline, TokenKind.Name, TokenKind.Equal, TokenKind.LeftParen,
                TokenKind.NonLogicalNewline, TokenKind.Number, TokenKind.RightParen, TokenKind.Comment, TokenKind.Newline,
                TokenKind.EndMarker,
            ],
            Kinds("# c\nx = (\n1)  # d\n", trivia: true));
        Assert.DoesNotContain(TokenKind.Comment, Kinds("# c\nx = (\n1)  # d\n"));
    }

    [Fact]
    public void Tokenize_HardAndSoftKeywords_HardHaveKindsSoftAreNames()
    {
        Assert.Equal(
            [TokenKind.AsyncKeyword, TokenKind.AwaitKeyword, TokenKind.Name, TokenKind.Name, TokenKind.Name, TokenKind.NoneKeyword, TokenKind.Newline, TokenKind.EndMarker],
            Kinds("async await match case _ None"));
    }

    [Theory]
    [InlineData("a->b:=c...d.e", new[] { "a", "->", "b", ":=", "c", "...", "d", ".", "e", "", "" })]
    [InlineData("a**=b//=c>>=d<<=e!=f<>g", new[] { "a", "**=", "b", "//=", "c", ">>=", "d", "<<=", "e", "!=", "f", "<>", "g", "", "" })]
    [InlineData("1if x else.5j", new[] { "1", "if", "x", "else", ".5j", "", "" })]
    [InlineData("0x_1f 0o_7 0b_1 1_0e-1_0J 00", new[] { "0x_1f", "0o_7", "0b_1", "1_0e-1_0J", "00", "", "" })]
    [InlineData("f'{x}' Rb'\\'' '''a\n'b'''", new[] { "f'{x}'", "Rb'\\''", "'''a\n'b'''", "", "" })]
    public void Tokenize_Operators_LongestMatch(string text, string[] expected) => Assert.Equal(expected, Texts(text));

    [Fact]
    public void Tokenize_LessGreater_IsNotEqualForTheParserToCheck()
        => Assert.Equal(TokenKind.NotEqual, Tokenize("a <> b").Tokens[1].Kind);

    [Fact]
    public void Tokenize_UnicodeIdentifier_IsOneName()
    {
        Assert.Equal(["_x\u00b7y", "=", "\u00e9t\u00e9", "+", "\U0001D518", "", ""], Texts("_x\u00b7y = \u00e9t\u00e9 + \U0001D518"));
    }

    [Fact]
    public void Tokenize_CrLfAndLoneCr_EndLines()
    {
        Assert.Equal(["x", "\r\n", "y", "\r", "z", "", ""], Texts("x\r\ny\rz"));
    }

    [Fact]
    public void Tokenize_FormFeed_ResetsIndentation()
        => Assert.DoesNotContain(TokenKind.Indent, Kinds("x\n    \fy\n"));

    [Fact]
    public void Tokenize_Error_EndsListWithErrorTokenAndDiagnostic()
    {
        var result = Tokenize("x = 1\ny = 'abc\n");
        Assert.Equal(TokenKind.Error, result.Tokens[result.Count - 1].Kind);
        Assert.Equal(10, result.Tokens[result.Count - 1].Span.Start);
        Assert.NotNull(result.Error);
        Assert.Equal("t.py:2:5: error PT0002: unterminated string literal (detected at line 2)", result.Error.ToString());
        Assert.True(result.ErrorTakesPrecedence);
    }

    [Theory]
    [InlineData("if x:\n    a\n  b\n", "IndentationError", false)]
    [InlineData("if x:\n\ta\n        b\n", "TabError", false)]
    [InlineData("x = (1,\n", "SyntaxError", false)]
    [InlineData("x = 1 \\\n", "SyntaxError", false)]
    [InlineData("x = 1 \\ 2\n", "SyntaxError", false)]
    [InlineData("x = $\n", "SyntaxError", false)]
    [InlineData("x = 1)\n", "SyntaxError", true)]
    [InlineData("x = 0777\n", "SyntaxError", true)]
    [InlineData("x = $\ny = 1e\n", "SyntaxError", true)]
    public void Tokenize_Errors_SayWhetherTheyTakePrecedence(string text, string errorType, bool precedence)
    {
        var result = Tokenize(text);
        Assert.NotNull(result.Error);
        Assert.Equal(errorType, result.Error.ErrorType);
        Assert.Equal(precedence, result.ErrorTakesPrecedence);
    }

    [Fact]
    public void Tokenize_StrayCharacter_StopsTokensAtIt()
    {
        var result = Tokenize("a = b ? c\n");
        Assert.Equal([TokenKind.Name, TokenKind.Equal, TokenKind.Name, TokenKind.Error], result.AsSpan().ToArray().Select(t => t.Kind));
        Assert.Equal(6, result.Tokens[3].Span.Start);
        Assert.Equal("invalid syntax", result.Error!.Message);
    }

    [Fact]
    public void Tokenize_TenThousandNestedParentheses_ReportsTooManyNested()
    {
        var result = Tokenize(new string('(', 10_000) + new string(')', 10_000));
        Assert.Equal("too many nested parentheses", result.Error!.Message);
        Assert.Equal(DiagnosticCodes.TooDeep, result.Error.Code);
        Assert.Equal(200, result.Error.Span.Start);
    }

    [Fact]
    public void Tokenize_HundredThousandTerms_TokenizesAll()
    {
        var text = "x = " + string.Join(" + ", Enumerable.Repeat("a", 100_000)) + "\n";
        var result = Tokenize(text);
        Assert.Null(result.Error);
        Assert.Equal(200_003, result.Count);
    }

    [Fact]
    public void FormatCompiler_Error_PrintsLocationLineAndCarets()
    {
        var result = Tokenize("if 1:\n\tx = 00_12\n");
        Assert.Equal(
            "t.py:2:6: error PT0002: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers\n"
            + "\tx = 00_12\n"
            + "\t    ^^^\n",
            DiagnosticFormatter.FormatCompiler(result.Error!));
    }

    [Fact]
    public void FormatPython_SpanOverTwoLines_UnderlinesToEndOfFirstLine()
    {
        // python3 of: raise SyntaxError("m", ("a.py", 1, 5, "x = (1 +\n", 2, 3))
        var source = new SourceText("x = (1 +\ny = [\n", "a.py");
        var diagnostic = new Diagnostic(DiagnosticCodes.InvalidSyntax, "SyntaxError", "m", source, new TextSpan(4, 10));
        Assert.Equal("  File \"a.py\", line 1\n    x = (1 +\n        ^^^^\nSyntaxError: m\n", DiagnosticFormatter.FormatPython(diagnostic));
    }

    [Fact]
    public void FormatPython_NoLocation_PrintsOnlyTheMessage()
    {
        var decoded = SourceText.FromBytes(Encoding.ASCII.GetBytes("# coding: nope\n"), "e.py");
        Assert.Equal("SyntaxError: encoding problem: nope\n", DiagnosticFormatter.FormatPython(decoded.Error!));
        Assert.Equal("e.py: error PT0004: encoding problem: nope\n", DiagnosticFormatter.FormatCompiler(decoded.Error!));
    }
}
