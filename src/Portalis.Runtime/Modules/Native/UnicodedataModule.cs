using System.Globalization;
using Portalis.Common;

namespace Portalis.Runtime;

/// <summary>
/// The <c>unicodedata</c> module (Modules/unicodedata.c) over the Unicode 14.0 database of CPython 3.11,
/// generated into <c>UnicodedataModule.Data.cs</c> by eng/gen_unicodedata.py: .NET's own tables are another
/// Unicode version and the runtime runs with invariant globalization, so neither its categories nor
/// <c>string.Normalize</c> would print what CPython prints. Name aliases and named sequences are not in the
/// table: <c>lookup</c> of one raises KeyError as for an unknown name.
/// </summary>
[PyNativeModule("unicodedata")]
public static partial class UnicodedataModule
{
    /// <summary><c>unicodedata.unidata_version</c></summary>
    [PyExport("unidata_version")]
    public const string UnidataVersion = "14.0.0";

    /// <summary><c>unicodedata.lookup(name)</c>: the character named <paramref name="name"/> (see <see cref="UnicodeNames.Lookup"/>).</summary>
    [PyExport("lookup")]
    public static string Lookup([PyPositionalOnly] object? name)
    {
        var text = name switch
        {
            string s => s,
            PyBytes b => System.Text.Encoding.Latin1.GetString(b.Span),
            _ => throw new PyTypeError($"a bytes-like object is required, not '{PyOps.TypeName(name)}'"),
        };
        var codePoint = UnicodeNames.Lookup(text);
        return codePoint >= 0 ? char.ConvertFromUtf32(codePoint) : throw new PyKeyError($"undefined character name '{text}'");
    }

    /// <summary><c>unicodedata.name(chr, default=...)</c></summary>
    [PyExport("name")]
    public static object? Name([PyPositionalOnly] object? chr, [PyPositionalOnly, PyOptional] object? @default)
    {
        var name = UnicodeNames.NameOf(CodePoint(chr, "name", numbered: true));
        return name ?? (ReferenceEquals(@default, PyArg.Missing) ? throw new PyValueError("no such name") : @default);
    }

    /// <summary><c>unicodedata.category(chr)</c></summary>
    [PyExport("category")]
    public static string Category([PyPositionalOnly] object? chr) => RecordOf(CodePoint(chr, "category")).Category;

    /// <summary><c>unicodedata.bidirectional(chr)</c></summary>
    [PyExport("bidirectional")]
    public static string Bidirectional([PyPositionalOnly] object? chr) => RecordOf(CodePoint(chr, "bidirectional")).Bidirectional;

    /// <summary><c>unicodedata.combining(chr)</c>: the canonical combining class.</summary>
    [PyExport("combining")]
    public static long Combining([PyPositionalOnly] object? chr) => RecordOf(CodePoint(chr, "combining")).Combining;

    /// <summary><c>unicodedata.east_asian_width(chr)</c></summary>
    [PyExport("east_asian_width")]
    public static string EastAsianWidth([PyPositionalOnly] object? chr) => RecordOf(CodePoint(chr, "east_asian_width")).EastAsianWidth;

    /// <summary><c>unicodedata.mirrored(chr)</c></summary>
    [PyExport("mirrored")]
    public static long Mirrored([PyPositionalOnly] object? chr) => RecordOf(CodePoint(chr, "mirrored")).Mirrored ? 1 : 0;

    /// <summary><c>unicodedata.decomposition(chr)</c>: the mapping as UnicodeData.txt writes it, or "".</summary>
    [PyExport("decomposition")]
    public static string Decomposition([PyPositionalOnly] object? chr) =>
        Decompositions.TryGetValue(CodePoint(chr, "decomposition"), out var d) ? d.Text : "";

    /// <summary><c>unicodedata.decimal(chr, default=...)</c></summary>
    [PyExport("decimal")]
    public static object? Decimal([PyPositionalOnly] object? chr, [PyPositionalOnly, PyOptional] object? @default) =>
        RecordOf(CodePoint(chr, "decimal", numbered: true)).Decimal is { } value ? value : Default(@default, "not a decimal");

    /// <summary><c>unicodedata.digit(chr, default=...)</c></summary>
    [PyExport("digit")]
    public static object? Digit([PyPositionalOnly] object? chr, [PyPositionalOnly, PyOptional] object? @default) =>
        RecordOf(CodePoint(chr, "digit", numbered: true)).Digit is { } value ? value : Default(@default, "not a digit");

    /// <summary><c>unicodedata.numeric(chr, default=...)</c></summary>
    [PyExport("numeric")]
    public static object? Numeric([PyPositionalOnly] object? chr, [PyPositionalOnly, PyOptional] object? @default) =>
        RecordOf(CodePoint(chr, "numeric", numbered: true)).Numeric is { } value ? value : Default(@default, "not a numeric character");

    /// <summary><c>unicodedata.normalize(form, unistr)</c></summary>
    [PyExport("normalize")]
    public static string Normalize([PyPositionalOnly] object? form, [PyPositionalOnly] object? unistr)
    {
        var (compose, compatibility) = Form(form, "normalize");
        var text = unistr as string ?? throw new PyTypeError($"normalize() argument 2 must be str, not {ArgTypeName(unistr)}");
        return NormalizeText(text, compose, compatibility);
    }

    /// <summary><c>unicodedata.is_normalized(form, unistr)</c></summary>
    [PyExport("is_normalized")]
    public static bool IsNormalized([PyPositionalOnly] object? form, [PyPositionalOnly] object? unistr)
    {
        var (compose, compatibility) = Form(form, "is_normalized");
        var text = unistr as string ?? throw new PyTypeError($"is_normalized() argument 2 must be str, not {ArgTypeName(unistr)}");
        return NormalizeText(text, compose, compatibility) == text;
    }

    private static (bool Compose, bool Compatibility) Form(object? form, string function) => form switch
    {
        "NFC" => (true, false),
        "NFD" => (false, false),
        "NFKC" => (true, true),
        "NFKD" => (false, true),
        string => throw new PyValueError("invalid normalization form"),
        _ => throw new PyTypeError($"{function}() argument 1 must be str, not {ArgTypeName(form)}"),
    };

    private static object? Default(object? @default, string message) =>
        ReferenceEquals(@default, PyArg.Missing) ? throw new PyValueError(message) : @default;

    /// <summary>The code point of a one-character str argument, with the argument clinic's TypeError otherwise.</summary>
    private static int CodePoint(object? chr, string function, bool numbered = false)
    {
        if (chr is PyObject o && PyValueInstance.Unwrap(o) is string inner)
        {
            chr = inner;
        }

        if (chr is string s)
        {
            if (s.Length == 1)
            {
                return s[0];
            }

            if (s.Length == 2 && char.IsSurrogatePair(s[0], s[1]))
            {
                return char.ConvertToUtf32(s[0], s[1]);
            }
        }

        var argument = numbered ? "argument 1" : "argument";
        throw new PyTypeError($"{function}() {argument} must be a unicode character, not {ArgTypeName(chr)}");
    }

    /// <summary>The type in the argument clinic's messages (Python/getargs.c, _PyArg_BadArgument): None is "None".</summary>
    private static string ArgTypeName(object? value) => value is null ? "None" : PyOps.TypeName(value);
}
