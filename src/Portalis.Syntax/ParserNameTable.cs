
namespace Portalis.Syntax;

/// <summary>
/// Interns identifier strings for one parse, so that a name that occurs a thousand times is one
/// string; non-ASCII names are NFKC-normalized as CPython does (Parser/pegen.c, _PyPegen_new_identifier).
/// </summary>
internal sealed class NameTable
{
    private readonly Dictionary<string, string> _table = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public NameTable()
    {
        _lookup = _table.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Get(ReadOnlySpan<char> text)
    {
        if (_lookup.TryGetValue(text, out var name))
        {
            return name;
        }

        var raw = text.ToString();
        name = raw;
        foreach (var c in text)
        {
            if (c > 0x7f)
            {
                name = Literals.IdentifierNormalization.Nfkc(raw);
                break;
            }
        }

        _table[raw] = name;
        return name;
    }
}
