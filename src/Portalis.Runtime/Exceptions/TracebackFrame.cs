namespace Portalis.Runtime;

/// <summary>One Python frame of a traceback: file, 1-based line, function name and the source line (or null when unknown).</summary>
/// <param name="File">The file name as CPython prints it.</param>
/// <param name="Line">The 1-based line number.</param>
/// <param name="Function">The function name; <c>&lt;module&gt;</c> at module level.</param>
/// <param name="SourceLine">The source text of that line, or null when not available.</param>
public sealed record TracebackFrame(string File, int Line, string Function, string? SourceLine)
{
    /// <summary>The frame's local variable names (<c>co_varnames</c>) when the generated code lists them, else null.</summary>
    public IReadOnlyList<string>? Varnames { get; init; }
}
