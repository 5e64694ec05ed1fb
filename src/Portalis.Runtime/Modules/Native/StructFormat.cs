namespace Portalis.Runtime;

/// <summary>
/// A compiled <c>struct</c> format (Modules/_struct.c, prepare_s): the byte order, and one item per
/// packed value with its offset. Whitespace between items is ignored; a repeat count multiplies an item
/// except for <c>s</c> and <c>p</c>, where it is the byte length (and the item still takes one value).
/// </summary>
internal sealed class StructFormat
{
    private StructFormat(string text, char mode, StructItem[] items, int size)
    {
        Text = text;
        Mode = mode;
        Items = items;
        Size = size;
    }

    /// <summary>The format string, as <c>Struct.format</c> returns it.</summary>
    public string Text { get; }

    /// <summary>'@' (native sizes and alignment), '=', '&lt;', '&gt;' or '!'.</summary>
    public char Mode { get; }

    /// <summary>The items that take a value (pad bytes are only gaps between offsets).</summary>
    public StructItem[] Items { get; }

    /// <summary><c>calcsize</c>: the bytes the format packs to.</summary>
    public int Size { get; }

    /// <summary>Big-endian standard mode ('&gt;' or '!').</summary>
    public bool BigEndian => Mode is '>' or '!';

    /// <summary>
    /// Whether items run through the native pack functions: always in '@' mode, and in the little-endian
    /// standard modes when the standard size equals the native one (_struct.c's init_struct swaps the native
    /// functions into the little-endian table on a little-endian machine), which decides some error messages.
    /// </summary>
    public bool UsesNative(StructItem item) => Mode == '@' || (!BigEndian && item.Code is not ('e' or 'f' or 'd') && NativeSize(item.Code) == item.Size);

    /// <summary>Parses <paramref name="text"/>; raises <c>struct.error</c> as CPython does for a bad format.</summary>
    public static StructFormat Parse(string text)
    {
        var i = 0;
        var mode = '@';
        if (text.Length > 0 && text[0] is '@' or '=' or '<' or '>' or '!')
        {
            mode = text[0];
            i = 1;
        }

        var native = mode == '@';
        var items = new List<StructItem>();
        var offset = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var count = 1;
            if (char.IsAsciiDigit(c))
            {
                long n = 0;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    n = n * 10 + (text[i] - '0');
                    if (n > int.MaxValue)
                    {
                        throw Error("total struct size too long");
                    }

                    i++;
                }

                if (i >= text.Length)
                {
                    throw Error("repeat count given without format specifier");
                }

                count = (int)n;
                c = text[i];
            }

            var size = native ? NativeSize(c) : StandardSize(c);
            if (size < 0)
            {
                throw Error("bad char in struct format");
            }

            if (native && size > 1)
            {
                offset = (offset + size - 1) / size * size;
            }

            switch (c)
            {
                case 'x':
                    offset += count;
                    break;
                case 's' or 'p':
                    items.Add(new StructItem(c, count, offset));
                    offset += count;
                    break;
                default:
                    for (var k = 0; k < count; k++)
                    {
                        items.Add(new StructItem(c, size, offset));
                        offset += size;
                    }

                    break;
            }

            i++;
        }

        return new StructFormat(text, mode, [.. items], offset);
    }

    /// <summary>The size of <paramref name="code"/> in '@' mode on x86-64 and arm64 Linux, or -1.</summary>
    private static int NativeSize(char code) => code switch
    {
        'x' or 'c' or 'b' or 'B' or '?' or 's' or 'p' => 1,
        'h' or 'H' or 'e' => 2,
        'i' or 'I' or 'f' => 4,
        'l' or 'L' or 'q' or 'Q' or 'n' or 'N' or 'P' or 'd' => 8,
        _ => -1,
    };

    /// <summary>The standard size of <paramref name="code"/>, or -1 (n, N and P exist only in native mode).</summary>
    private static int StandardSize(char code) => code switch
    {
        'x' or 'c' or 'b' or 'B' or '?' or 's' or 'p' => 1,
        'h' or 'H' or 'e' => 2,
        'i' or 'I' or 'l' or 'L' or 'f' => 4,
        'q' or 'Q' or 'd' => 8,
        _ => -1,
    };

    internal static PyException Error(string message) => new PyStructError(message);
}

/// <summary>One value of a format: its code, its size in bytes (the length for <c>s</c>/<c>p</c>) and its offset.</summary>
internal readonly record struct StructItem(char Code, int Size, int Offset);
