using System.Numerics;
using System.Text;
using Portalis.Syntax.Literals;
using Assert = Xunit.Assert;

namespace Portalis.Syntax.Tests;

/// <summary>Literal decoding: values as CPython 3.11 computes them (checked with python3 -c "print(repr(...))").</summary>
public sealed class ParserLiteralTests
{
    [Theory]
    [InlineData("0", 0L)]
    [InlineData("1_000", 1000L)]
    [InlineData("0x_FF", 255L)]
    [InlineData("0o777", 511L)]
    [InlineData("0b1010", 10L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("0x7fffffffffffffff", long.MaxValue)]
    public void Parse_IntegerLiteral_ReturnsLong(string text, long expected)
    {
        Assert.Equal(expected, NumberLiteralParser.Parse(text));
    }

    [Theory]
    [InlineData("9223372036854775808", "9223372036854775808")]
    [InlineData("0xFFFFFFFFFFFFFFFFFFFF", "1208925819614629174706175")]
    [InlineData("0b1_0000000000000000000000000000000000000000000000000000000000000000", "18446744073709551616")]
    public void Parse_HugeInteger_ReturnsBigInteger(string text, string expected)
    {
        Assert.Equal(BigInteger.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), NumberLiteralParser.Parse(text));
    }

    [Theory]
    [InlineData("1.5", 1.5)]
    [InlineData("1e10", 1e10)]
    [InlineData(".5", 0.5)]
    [InlineData("5.", 5.0)]
    [InlineData("1_0.0_1", 10.01)]
    [InlineData("0.1", 0.1)]
    [InlineData("1e400", double.PositiveInfinity)]
    public void Parse_FloatLiteral_ReturnsDouble(string text, double expected)
    {
        Assert.Equal(expected, NumberLiteralParser.Parse(text));
    }

    [Fact]
    public void Parse_ImaginaryLiteral_ReturnsComplex()
    {
        Assert.Equal(new Complex(0, 1.5), NumberLiteralParser.Parse("1.5J"));
        Assert.Equal(new Complex(0, 3), NumberLiteralParser.Parse("3j"));
    }

    [Theory]
    [InlineData(@"a\nb", "a\nb")]
    [InlineData(@"\x41\u0042\U00000043\101", "ABCA")]
    [InlineData(@"\q\d", @"\q\d")]
    [InlineData("a\\\nb", "ab")]
    [InlineData(@"\N{EM DASH}\N{latin small letter a}", "\u2014a")]
    [InlineData(@"\N{CJK UNIFIED IDEOGRAPH-4E00}\N{HANGUL SYLLABLE GAG}", "\u4e00\uac01")]
    [InlineData("\r\n", "\n")]
    public void Decode_Escapes_AsCPython(string body, string expected)
    {
        var builder = new StringBuilder();

        Assert.Null(StringLiteralParser.Decode(body, raw: false, builder));
        Assert.Equal(expected, builder.ToString());
    }

    [Fact]
    public void Decode_RawString_KeepsBackslashes()
    {
        var builder = new StringBuilder();

        Assert.Null(StringLiteralParser.Decode(@"\n\x", raw: true, builder));
        Assert.Equal(@"\n\x", builder.ToString());
    }

    [Fact]
    public void Decode_UnknownName_ReportsError()
    {
        Assert.Contains("unknown Unicode character name", StringLiteralParser.Decode(@"\N{NO SUCH NAME}", raw: false, new StringBuilder()));
    }

    [Fact]
    public void DecodeBytes_NonAscii_ReportsError()
    {
        Assert.Equal("bytes can only contain ASCII literal characters", StringLiteralParser.DecodeBytes("é", raw: false, []));
    }

    [Fact]
    public void DecodeBytes_Escapes_AsCPython()
    {
        var bytes = new List<byte>();

        Assert.Null(StringLiteralParser.DecodeBytes(@"\x00\xff\101\n", raw: false, bytes));
        Assert.Equal(new byte[] { 0, 255, 65, 10 }, bytes);
    }

    [Theory]
    [InlineData("µ", "μ")]
    [InlineData("ｗｉｄｔｈ", "width")]
    [InlineData("ℌ", "H")]
    [InlineData("e\u0301", "\u00e9")]
    public void Nfkc_Identifier_MatchesPython(string identifier, string expected)
    {
        Assert.Equal(expected, IdentifierNormalization.Nfkc(identifier));
    }
}
