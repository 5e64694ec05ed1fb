using System.Numerics;
using System.Text;

namespace Portalis.Syntax.Tests;

// Expected values are what CPython 3.11 prints for repr() of the same value.
public sealed class PythonReprTests
{
    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(0.1, "0.1")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(1e16, "1e+16")]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(123456789012345678.0, "1.2345678901234568e+17")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00001, "1e-05")]
    [InlineData(1.5e-300, "1.5e-300")]
    [InlineData(double.PositiveInfinity, "inf")]
    [InlineData(double.NaN, "nan")]
    [InlineData(3.141592653589793, "3.141592653589793")]
    public void Float_MatchesCPython(double value, string expected) => Assert.Equal(expected, PythonRepr.Float(value));

    [Theory]
    [InlineData("abc", "'abc'")]
    [InlineData("it's", "\"it's\"")]
    [InlineData("both ' and \"", "'both \\' and \"'")]
    [InlineData("tab\tnl\n\u0000\u007f", "'tab\\tnl\\n\\x00\\x7f'")]
    [InlineData("caf\u00e9 \u00a0 \u2028 \ud83d\ude00", "'café \\xa0 \\u2028 \ud83d\ude00'")]
    public void String_MatchesCPython(string value, string expected) => Assert.Equal(expected, PythonRepr.String(value));

    // U+2FFC is unassigned in Unicode 14 (CPython 3.11) but assigned in .NET's newer tables;
    // python3.11 -c "print(repr('\u2ffc'))" escapes it.
    [Fact]
    public void String_CodePointUnassignedInCPythonsUnicode_IsEscaped() => Assert.Equal("'\\u2ffc'", PythonRepr.String("\u2ffc"));

    // A lone surrogate cannot travel through attribute metadata (it is stored as UTF-8), so it is built here.
    [Fact]
    public void String_LoneSurrogate_IsEscaped() => Assert.Equal("'\\ud800'", PythonRepr.String(((char)0xD800).ToString()));

    [Fact]
    public void Bytes_MatchesCPython()
    {
        var builder = new StringBuilder();
        PythonRepr.AppendBytes(builder, "a'\n\u00ff"u8.ToArray().Concat(new byte[] { 0, 0xff }).ToArray());
        Assert.Equal("b\"a'\\n\\xc3\\xbf\\x00\\xff\"", builder.ToString());
    }

    [Theory]
    [InlineData(0.0, 1.0, "1j")]
    [InlineData(0.0, 1.5e20, "1.5e+20j")]
    [InlineData(1.0, -2.0, "(1-2j)")]
    [InlineData(-0.0, 0.0, "(-0+0j)")]
    public void Complex_MatchesCPython(double real, double imaginary, string expected)
        => Assert.Equal(expected, PythonRepr.ComplexRepr(new Complex(real, imaginary)));
}
