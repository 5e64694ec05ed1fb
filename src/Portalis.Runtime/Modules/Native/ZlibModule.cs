using System.IO.Compression;

namespace Portalis.Runtime;

/// <summary>The <c>zlib</c> module: <c>crc32</c>, <c>adler32</c>, <c>compress</c>/<c>decompress</c> (zlib format).</summary>
[PyNativeModule("zlib")]
public static class ZlibModule
{
    private static readonly uint[] s_table = CreateTable();

    /// <summary><c>zlib.crc32(data, value=0)</c></summary>
    [PyExport("crc32")]
    public static long Crc32(object? data, [PyPositionalOnly] long value = 0)
    {
        var crc = ~(uint)value;
        foreach (var b in Bytes(data))
        {
            crc = s_table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return ~crc;
    }

    /// <summary><c>zlib.adler32(data, value=1)</c></summary>
    [PyExport("adler32")]
    public static long Adler32(object? data, [PyPositionalOnly] long value = 1)
    {
        uint a = (uint)value & 0xFFFF;
        uint b = ((uint)value >> 16) & 0xFFFF;
        foreach (var x in Bytes(data))
        {
            a = (a + x) % 65521;
            b = (b + a) % 65521;
        }

        return (b << 16) | a;
    }

    /// <summary><c>zlib.compress(data, /, level=-1)</c> (the bytes may differ from CPython's zlib; decompression round-trips).</summary>
    [PyExport("compress")]
    public static PyBytes Compress([PyPositionalOnly] object? data, long level = -1)
    {
        using var output = new MemoryStream();
        using (var z = new ZLibStream(output, level switch { 0 => CompressionLevel.NoCompression, >= 1 and <= 3 => CompressionLevel.Fastest, 9 => CompressionLevel.SmallestSize, _ => CompressionLevel.Optimal }))
        {
            z.Write(Bytes(data));
        }

        return new PyBytes(output.ToArray());
    }

    /// <summary><c>zlib.decompress(data, /, wbits=15, bufsize=16384)</c></summary>
    [PyExport("decompress")]
    public static PyBytes Decompress([PyPositionalOnly] object? data, long wbits = 15, long bufsize = 16384)
    {
        try
        {
            using var input = new MemoryStream(Bytes(data).ToArray());
            using var z = new ZLibStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            z.CopyTo(output);
            return new PyBytes(output.ToArray());
        }
        catch (InvalidDataException)
        {
            throw new PyException("Error -3 while decompressing data: invalid stored block lengths");
        }
    }

    private static ReadOnlySpan<byte> Bytes(object? data) => data is PyBytes b
        ? b.Span
        : throw new PyTypeError($"a bytes-like object is required, not '{PyOps.TypeName(data)}'");

    private static uint[] CreateTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
