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

        // Lib/json/decoder.py, JSONDecodeError.__init__: the fields are plain instance attributes.
        Dict = new PyDict();
        Dict.SetItem("msg", msg);
        Dict.SetItem("doc", doc);
        Dict.SetItem("pos", pos);
        Dict.SetItem("lineno", lineno);
        Dict.SetItem("colno", colno);
    }

    /// <summary>
    /// <c>JSONDecodeError(msg, doc, pos)</c> called from Python: the line and column of <paramref name="pos"/>
    /// are computed as Lib/json/decoder.py does (<c>doc.count('\n', 0, pos) + 1</c>, <c>pos - doc.rfind('\n', 0, pos)</c>).
    /// </summary>
    internal static PyJSONDecodeError FromArgs(object?[] args)
    {
        if (args.Length != 3)
        {
            throw new PyTypeError($"JSONDecodeError.__init__() missing {Math.Max(0, 3 - args.Length)} required positional argument(s)");
        }

        var msg = PyOps.Str(args[0]);
        var doc = args[1] as string ?? throw new PyTypeError($"must be str, not {PyOps.TypeName(args[1])}");
        var pos = (int)PyOps.ToIndex(args[2]);
        var end = Math.Clamp(pos, 0, doc.Length);
        var lineno = 1;
        var lastNewline = -1;
        for (var i = 0; i < end; i++)
        {
            if (doc[i] == '\n')
            {
                lineno++;
                lastNewline = i;
            }
        }

        return new PyJSONDecodeError(msg, doc, pos, lineno, pos - lastNewline);
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
