using System.Numerics;
using System.Text;
using Portalis.Syntax.Text;

namespace Portalis.Syntax.Ast;

/// <summary>
/// Writes a tree the way CPython 3.11's <c>ast.dump(node)</c> does (Lib/ast.py, <c>dump._format</c>,
/// with <c>annotate_fields=True</c> and no attributes): every field as <c>name=value</c>, optional
/// fields left out when they are <c>None</c>, lists always written, values by their <c>repr</c>.
/// </summary>
internal sealed class AstDumpWriter
{
    private readonly StringBuilder _builder = new();
    private readonly SourceText? _positions;
    private bool _firstField;

    public AstDumpWriter(SourceText? positions = null)
    {
        _positions = positions;
    }

    public void Write(Node node)
    {
        _builder.Append(node.NodeName).Append('(');
        var outer = _firstField;
        _firstField = true;
        node.WriteFields(this);
        if (_positions is not null && node.HasPosition)
        {
            // ast.dump(node, include_attributes=True): the position attributes follow the fields.
            var start = _positions.GetPosition(node.Span.Start);
            var end = _positions.GetPosition(node.Span.End);
            Int("lineno", start.Line);
            Int("col_offset", start.Utf8Column);
            Int("end_lineno", end.Line);
            Int("end_col_offset", end.Utf8Column);
        }

        _firstField = outer;
        _builder.Append(')');
    }

    public override string ToString() => _builder.ToString();

    public void Node(string name, Node value)
    {
        BeginField(name);
        Write(value);
    }

    public void OptionalNode(string name, Node? value)
    {
        if (value is not null)
        {
            Node(name, value);
        }
    }

    public void NodeList<T>(string name, IReadOnlyList<T?> values)
        where T : Node
    {
        BeginField(name);
        _builder.Append('[');
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                _builder.Append(", ");
            }

            if (values[i] is { } node)
            {
                Write(node);
            }
            else
            {
                _builder.Append("None");
            }
        }

        _builder.Append(']');
    }

    public void String(string name, string value)
    {
        BeginField(name);
        PythonRepr.AppendString(_builder, value);
    }

    public void OptionalString(string name, string? value)
    {
        if (value is not null)
        {
            String(name, value);
        }
    }

    public void StringList(string name, IReadOnlyList<string> values)
    {
        BeginField(name);
        _builder.Append('[');
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                _builder.Append(", ");
            }

            PythonRepr.AppendString(_builder, values[i]);
        }

        _builder.Append(']');
    }

    public void Int(string name, int value)
    {
        BeginField(name);
        _builder.Append(value);
    }

    public void OptionalInt(string name, int? value)
    {
        if (value is { } number)
        {
            Int(name, number);
        }
    }

    public void Constant(string name, object? value)
    {
        BeginField(name);
        PythonRepr.AppendConstant(_builder, value);
    }

    public void Enum<T>(string name, T value)
        where T : struct, System.Enum
    {
        BeginField(name);
        _builder.Append(value.ToString()).Append("()");
    }

    public void EnumList<T>(string name, IReadOnlyList<T> values)
        where T : struct, System.Enum
    {
        BeginField(name);
        _builder.Append('[');
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                _builder.Append(", ");
            }

            _builder.Append(values[i].ToString()).Append("()");
        }

        _builder.Append(']');
    }

    private void BeginField(string name)
    {
        if (!_firstField)
        {
            _builder.Append(", ");
        }

        _firstField = false;
        _builder.Append(name).Append('=');
    }
}
