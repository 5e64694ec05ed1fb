namespace Portalis.Runtime;

/// <summary>The constants of <c>string</c> as the native module <c>_string</c> (the Python-source <c>string</c> module re-exports them).</summary>
[PyNativeModule("_string")]
public static class StringModule
{
    /// <summary><c>string.ascii_lowercase</c></summary>
    [PyExport("ascii_lowercase")]
    public const string AsciiLowercase = "abcdefghijklmnopqrstuvwxyz";

    /// <summary><c>string.ascii_uppercase</c></summary>
    [PyExport("ascii_uppercase")]
    public const string AsciiUppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /// <summary><c>string.ascii_letters</c></summary>
    [PyExport("ascii_letters")]
    public const string AsciiLetters = AsciiLowercase + AsciiUppercase;

    /// <summary><c>string.digits</c></summary>
    [PyExport("digits")]
    public const string Digits = "0123456789";

    /// <summary><c>string.hexdigits</c></summary>
    [PyExport("hexdigits")]
    public const string HexDigits = "0123456789abcdefABCDEF";

    /// <summary><c>string.octdigits</c></summary>
    [PyExport("octdigits")]
    public const string OctDigits = "01234567";

    /// <summary><c>string.punctuation</c></summary>
    [PyExport("punctuation")]
    public const string Punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    /// <summary><c>string.whitespace</c></summary>
    [PyExport("whitespace")]
    public const string Whitespace = " \t\n\r\v\f";

    /// <summary><c>string.printable</c></summary>
    [PyExport("printable")]
    public const string Printable = Digits + AsciiLetters + Punctuation + Whitespace;

    /// <summary><c>string.capwords(s, sep=None)</c></summary>
    [PyExport("capwords")]
    public static string CapWords(string s, string? sep = null)
    {
        var parts = PyStr.Split(s, sep, -1);
        var words = new PyList();
        foreach (var w in parts)
        {
            words.Append(PyStr.Capitalize((string)w!));
        }

        return PyStr.Join(sep ?? " ", words);
    }
}
