namespace Portalis.Runtime;

/// <summary><c>json.JSONDecodeError</c> (a ValueError): "msg: line L column C (char P)" with <c>msg</c>, <c>doc</c>, <c>pos</c>, <c>lineno</c>, <c>colno</c>.</summary>
public sealed class PyJSONDecodeError : PyValueError
{
    /// <summary>Creates the error for position <paramref name="pos"/> (in code points) of <paramref name="doc"/>.</summary>
    public PyJSONDecodeError(string msg, string doc, int pos, int lineno, int colno)
        : base($"{msg}: line {lineno} column {colno} (char {pos})")
    {
        Msg = msg;
        Doc = doc;
        Pos = pos;
        LineNo = lineno;
        ColNo = colno;
    }

    /// <inheritdoc/>
    public override string PythonTypeName => "json.decoder.JSONDecodeError";

    /// <summary>The unformatted message.</summary>
    public string Msg { get; }

    /// <summary>The document being parsed.</summary>
    public string Doc { get; }

    /// <summary>The start index of the error (code points).</summary>
    public int Pos { get; }

    /// <summary>The line of <see cref="Pos"/>.</summary>
    public int LineNo { get; }

    /// <summary>The column of <see cref="Pos"/>.</summary>
    public int ColNo { get; }
}
