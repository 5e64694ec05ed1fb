namespace Portalis.Syntax.Diagnostics;

/// <summary>
/// A problem found in Python source, as a value: a code, a message, and where. One place decides
/// whether diagnostics are thrown or collected; the CLI collects them and reports every one.
/// </summary>
/// <param name="Code">A stable code such as <c>PT0001</c>; see <see cref="DiagnosticCodes"/>.</param>
/// <param name="ErrorType">The Python exception CPython raises for it: <c>SyntaxError</c>, <c>IndentationError</c> or <c>TabError</c>.</param>
/// <param name="Message">CPython's message where CPython has one, word for word.</param>
/// <param name="Source">The file it is in.</param>
/// <param name="Span">What it is about; an empty span points between two characters.</param>
public sealed record class Diagnostic(string Code, string ErrorType, string Message, SourceText Source, TextSpan Span)
{
    /// <summary>
    /// Whether CPython shows where the error is. Errors found while decoding the file (a bad coding
    /// declaration, invalid UTF-8) are printed as a bare <c>SyntaxError: message</c>.
    /// </summary>
    public bool ShowsLocation { get; init; } = true;

    /// <summary>Whether CPython prints a caret line under the source line (it does not for null bytes).</summary>
    public bool ShowsCaret { get; init; } = true;

    /// <summary>
    /// A warning does not stop the translation: the program runs, but the construct may fail at run time where
    /// CPython would succeed (a module imported by a computed name, <c>eval</c>). Only <c>portalis check</c> shows it.
    /// </summary>
    public bool IsWarning { get; init; }

    /// <summary><c>warning</c> or <c>error</c>, as the compiler form prints it.</summary>
    public string Severity => IsWarning ? "warning" : "error";

    /// <summary>The 1-based line and CPython's UTF-8 column of the start.</summary>
    public SourcePosition Start => Source.GetPosition(Span.Start);

    /// <inheritdoc/>
    public override string ToString()
    {
        var start = Start;
        return $"{Source.Path}:{start.Line}:{start.Column + 1}: {Severity} {Code}: {Message}";
    }
}
