using System.Text;

namespace Portalis.Runtime;

/// <summary><c>binascii.Error</c> (a ValueError)</summary>
public sealed class PyBinasciiError(params object?[]? args) : PyValueError(args)
{
    /// <inheritdoc/>
    public override string PythonTypeName => "binascii.Error";
}

/// <summary>
/// Python's <c>binascii</c> (Modules/binascii.c): base64 and hex conversions and the CRCs, the part that
/// Lib/base64.py and everyday programs use. The decoders accept bytes or an ASCII str, as CPython's
/// <c>ascii_buffer</c> converter does.
/// </summary>
[PyNativeModule("binascii")]
public static class BinasciiModule
{
    private const string Base64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    /// <summary>The <c>binascii.Error</c> class.</summary>
    public static PyType ErrorType { get; } = PyType.RegisterException(typeof(PyBinasciiError), "Error", "binascii", PyType.ForException(typeof(PyValueError)), static a => new PyBinasciiError(a));

    /// <summary><c>b2a_base64(data, /, *, newline=True)</c></summary>
    [PyExport("b2a_base64")]
    public static PyBytes B2aBase64([PyPositionalOnly] object? data, [PyKeywordOnly] bool newline = true)
    {
        var encoded = Convert.ToBase64String(Buffer(data));
        return new PyBytes(Encoding.ASCII.GetBytes(newline ? encoded + "\n" : encoded));
    }

    /// <summary><c>a2b_base64(data, /, *, strict_mode=False)</c>: binascii_a2b_base64_impl, including its leniency.</summary>
    [PyExport("a2b_base64")]
    public static PyBytes A2bBase64([PyPositionalOnly] object? data, [PyKeywordOnly] bool strict_mode = false)
    {
        var input = Ascii(data);
        var output = new List<byte>(input.Length * 3 / 4);
        int quadPos = 0, leftChar = 0, pads = 0;
        var paddingStarted = false;
        if (strict_mode && input.Length > 0 && input[0] == '=')
        {
            throw Error("Leading padding not allowed");
        }

        for (var i = 0; i < input.Length; i++)
        {
            var c = input[i];
            if (c == '=')
            {
                paddingStarted = true;
                if (quadPos >= 2 && quadPos + ++pads >= 4)
                {
                    if (strict_mode && i + 1 < input.Length)
                    {
                        throw Error("Excess data after padding");
                    }

                    return new PyBytes([.. output]);
                }

                continue;
            }

            var value = c < 128 ? Base64Alphabet.IndexOf((char)c) : -1;
            if (value < 0)
            {
                if (strict_mode)
                {
                    throw Error("Only base64 data is allowed");
                }

                continue;
            }

            if (strict_mode && paddingStarted)
            {
                throw Error("Discontinuous padding not allowed");
            }

            pads = 0;
            switch (quadPos)
            {
                case 0:
                    quadPos = 1;
                    leftChar = value;
                    break;
                case 1:
                    quadPos = 2;
                    output.Add((byte)((leftChar << 2) | (value >> 4)));
                    leftChar = value & 0x0f;
                    break;
                case 2:
                    quadPos = 3;
                    output.Add((byte)((leftChar << 4) | (value >> 2)));
                    leftChar = value & 0x03;
                    break;
                default:
                    quadPos = 0;
                    output.Add((byte)((leftChar << 6) | value));
                    leftChar = 0;
                    break;
            }
        }

        if (quadPos == 1)
        {
            throw Error($"Invalid base64-encoded string: number of data characters ({output.Count / 3 * 4 + 1}) cannot be 1 more than a multiple of 4");
        }

        if (quadPos != 0)
        {
            throw Error("Incorrect padding");
        }

        return new PyBytes([.. output]);
    }

    /// <summary><c>hexlify(data, sep=None, bytes_per_sep=1)</c></summary>
    [PyExport("hexlify")]
    public static PyBytes Hexlify(object? data, object? sep = null, long bytes_per_sep = 1) => B2aHex(data, sep, bytes_per_sep);

    /// <summary><c>b2a_hex(data, sep=None, bytes_per_sep=1)</c></summary>
    [PyExport("b2a_hex")]
    public static PyBytes B2aHex(object? data, object? sep = null, long bytes_per_sep = 1) =>
        new(Encoding.ASCII.GetBytes(BytesMethods.Hex(Buffer(data), sep is null ? [] : [sep, bytes_per_sep])));

    /// <summary><c>unhexlify(hexstr)</c></summary>
    [PyExport("unhexlify")]
    public static PyBytes Unhexlify([PyPositionalOnly] object? hexstr) => A2bHex(hexstr);

    /// <summary><c>a2b_hex(hexstr)</c></summary>
    [PyExport("a2b_hex")]
    public static PyBytes A2bHex([PyPositionalOnly] object? hexstr)
    {
        var input = Ascii(hexstr);
        if (input.Length % 2 != 0)
        {
            throw Error("Odd-length string");
        }

        var output = new byte[input.Length / 2];
        for (var i = 0; i < output.Length; i++)
        {
            var hi = HexValue(input[2 * i]);
            var lo = HexValue(input[2 * i + 1]);
            if (hi < 0 || lo < 0)
            {
                throw Error("Non-hexadecimal digit found");
            }

            output[i] = (byte)((hi << 4) | lo);
        }

        return new PyBytes(output);
    }

    /// <summary><c>crc32(data, crc=0)</c></summary>
    [PyExport("crc32")]
    public static long Crc32([PyPositionalOnly] object? data, [PyPositionalOnly] long crc = 0) => ZlibModule.Crc32(new PyBytes(Buffer(data)), crc);

    /// <summary><c>crc_hqx(data, crc)</c>: CRC-CCITT (XModem polynomial 0x1021).</summary>
    [PyExport("crc_hqx")]
    public static long CrcHqx([PyPositionalOnly] object? data, [PyPositionalOnly] long crc)
    {
        var value = (uint)crc & 0xFFFF;
        foreach (var b in Buffer(data))
        {
            value ^= (uint)b << 8;
            for (var k = 0; k < 8; k++)
            {
                value = (value & 0x8000) != 0 ? (value << 1) ^ 0x1021 : value << 1;
            }

            value &= 0xFFFF;
        }

        return value;
    }

    [PyModuleInit]
    private static void Init(PyModule module)
    {
        module.Set("Error", ErrorType);
        module.Set("Incomplete", PyType.ForException(typeof(PyException)));
    }

    private static PyBinasciiError Error(string message) => new(message);

    private static int HexValue(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => -1,
    };

    private static byte[] Buffer(object? data) => data switch
    {
        PyBytesLike b => b.Span.ToArray(),
        PyMemoryView m => m.ToArray(),
        _ => throw new PyTypeError($"a bytes-like object is required, not '{PyOps.TypeName(data)}'"),
    };

    // The ascii_buffer converter: bytes-like, or a str of ASCII characters only.
    private static byte[] Ascii(object? data) => data switch
    {
        string s when Ascii_IsValid(s) => Encoding.ASCII.GetBytes(s),
        string => throw new PyValueError("string argument should contain only ASCII characters"),
        PyBytesLike or PyMemoryView => Buffer(data),
        _ => throw new PyTypeError($"argument should be bytes, buffer or ASCII string, not '{PyOps.TypeName(data)}'"),
    };

    private static bool Ascii_IsValid(string s) => System.Text.Ascii.IsValid(s);
}
