namespace Portalis.Syntax.Diagnostics;

/// <summary>The codes of the diagnostics the front end reports. Codes are never reused.</summary>
public static class DiagnosticCodes
{
    /// <summary>Invalid syntax found by the parser.</summary>
    public const string InvalidSyntax = "PT0001";

    /// <summary>A tokenizer error: unterminated string, bad character, bad number literal.</summary>
    public const string InvalidToken = "PT0002";

    /// <summary>Bad indentation: unexpected indent, expected an indented block, unindent mismatch, inconsistent tabs.</summary>
    public const string Indentation = "PT0003";

    /// <summary>The source cannot be decoded: bad coding declaration, invalid UTF-8.</summary>
    public const string Encoding = "PT0004";

    /// <summary>Nesting too deep to parse (CPython: too many nested parentheses, or the parser's stack limit).</summary>
    public const string TooDeep = "PT0005";
}
