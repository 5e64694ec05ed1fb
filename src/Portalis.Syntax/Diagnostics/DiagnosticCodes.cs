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

    /// <summary>
    /// A warning: a construct translated ahead of time cannot support (<c>importlib.import_module</c> with a
    /// computed name, <c>eval</c>, <c>exec</c>, <c>compile</c>); the program runs and fails only if it gets there.
    /// </summary>
    public const string DynamicCode = "PT1003";
}
