namespace Portalis.Runtime;

/// <summary>printf-style <c>str % args</c> (Objects/unicodeobject.c, <c>PyUnicode_Format</c>).</summary>
public static partial class PercentFormat
{
    /// <summary><c>format % args</c></summary>
    public static string Format(string format, object? args) => throw new PyTypeError("not all arguments converted during string formatting");
}
