namespace Portalis.Syntax.Tests;

// Expected behaviour is CPython 3.11's (Parser/tokenizer.c) and the names Lib/tokenize.py's detect_encoding gives.
public sealed class SourceTextDecodingTests
{
    [Theory]
    [InlineData(new byte[] { 0x78, 0x0A }, "utf-8", "x\n")]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x78 }, "utf-8-sig", "x")]
    [InlineData(new byte[] { 0xC3, 0xA9 }, "utf-8", "\u00e9")]
    public void FromBytes_Utf8_Decodes(byte[] bytes, string encoding, string text)
    {
        var result = SourceText.FromBytes(bytes, "f.py");
        Assert.Null(result.Error);
        Assert.Equal(encoding, result.Source.EncodingName);
        Assert.Equal(text, result.Source.Text);
    }

    [Theory]
    [InlineData("# -*- coding: latin-1 -*-\n", "iso-8859-1", "\u00e9")]
    [InlineData("#!/usr/bin/python\n# vim: set fileencoding=Latin_1 :\n", "iso-8859-1", "\u00e9")]
    [InlineData("# coding=cp1252\n", "cp1252", "\u00e9")]
    [InlineData("# coding: iso-8859-15\n", "iso-8859-15", "\u00e9")]
    public void FromBytes_CodingDeclaration_UsesIt(string header, string encoding, string decodedE9)
    {
        var bytes = System.Text.Encoding.ASCII.GetBytes(header).Concat(new byte[] { 0x78, 0x3D, 0xE9, 0x0A }).ToArray();
        var result = SourceText.FromBytes(bytes, "f.py");
        Assert.Null(result.Error);
        Assert.Equal(encoding, result.Source.EncodingName);
        Assert.EndsWith("x=" + decodedE9 + "\n", result.Source.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void FromBytes_DeclarationOnLineTwoAfterCode_IsIgnored()
    {
        var bytes = System.Text.Encoding.ASCII.GetBytes("x = 1\n# coding: latin-1\ny = '").Concat(new byte[] { 0xE9, 0x27, 0x0A }).ToArray();
        var result = SourceText.FromBytes(bytes, "f.py");
        Assert.Equal(
            "Non-UTF-8 code starting with '\\xe9' in file f.py on line 3, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
            result.Error!.Message);
        Assert.False(result.Error.ShowsLocation);
    }
}
