using System.Text;

namespace Portalis.Runtime;

/// <summary>
/// A function's local that a loop only extends (<c>s += piece</c> or <c>s = s + piece</c>, and nothing else in
/// the loop reads or binds it): while the loop runs, str pieces go into a builder, and the local gets the whole
/// string back when the loop is left, however it is left (the translator flushes <see cref="Value"/> in a
/// <c>finally</c>). CPython keeps such a loop linear by resizing the string in place when nothing else refers to
/// it (<c>unicode_concatenate</c> in Python/ceval.c); a .NET string cannot grow, and a concatenation copies the
/// whole string each time, so the loop was quadratic. Any other operand (a piece or a value that is not an exact
/// str: an int, a str subclass, a list) takes the generic operation on the materialised value, so the result,
/// the errors and the overloads are CPython's.
/// <para>
/// Most such strings stay short (a word, a key, a line), so the value is concatenated directly until it is
/// <see cref="BuilderThreshold"/> characters long, and only a longer one gets a builder; the accumulator itself is a
/// struct, a local of the generated method. A loop then allocates what CPython's would: its intermediate strings.
/// </para>
/// </summary>
public struct PyStrConcat
{
    // Below this length a copy per piece costs less than a builder and its buffer (at most 64 * 64 / 2 chars copied).
    private const int BuilderThreshold = 64;

    private readonly string _name;
    private object? _value;
    private StringBuilder? _builder;

    /// <summary>Starts with the local's current value (possibly unbound) and its Python name for the error.</summary>
    public PyStrConcat(object? value, string name)
    {
        _value = value;
        _name = name;
    }

    /// <summary>The local's value now (the builder's string, once built, is kept).</summary>
    public object? Value
    {
        get
        {
            if (_builder is not null)
            {
                _value = _builder.ToString();
                _builder = null;
            }

            return _value;
        }
    }

    /// <summary>Reads the local as the statement does before it evaluates the piece: UnboundLocalError when unbound.</summary>
    public bool Check()
    {
        if (_builder is null)
        {
            PyUnbound.CheckLocal(_value, _name);
        }

        return true;
    }

    /// <summary><c>s += piece</c> (<paramref name="inPlace"/>) or <c>s = s + piece</c>; <paramref name="checkedFirst"/> is <see cref="Check"/>'s result.</summary>
    public void Add(bool checkedFirst, object? piece, bool inPlace)
    {
        _ = checkedFirst;
        if (piece is string text)
        {
            if (_builder is not null)
            {
                _builder.Append(text);
                return;
            }

            if (_value is string start)
            {
                if (start.Length + text.Length <= BuilderThreshold)
                {
                    _value = string.Concat(start, text);
                    return;
                }

                _builder = new StringBuilder(start, Math.Max(16, 2 * (start.Length + text.Length))).Append(text);
                return;
            }
        }

        var current = Value;
        _value = inPlace ? PyOps.InPlace(BinaryOperator.Add, current, piece) : PyOps.Add(current, piece);
    }
}
