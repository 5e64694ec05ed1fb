using System.Buffers.Binary;
using System.Numerics;

namespace Portalis.Runtime;

/// <summary>
/// Packing and unpacking of a <see cref="StructFormat"/> (Modules/_struct.c: the native, little-endian and
/// big-endian tables). Values are checked as CPython checks them, with its messages: an integer that does
/// not fit a C long is "argument out of range" (or "int too large to convert" for the big-endian 8-byte
/// codes), the short and byte codes name their C type, and the others quote the format character.
/// </summary>
internal static class StructPacker
{
    public static void Pack(StructFormat format, ReadOnlySpan<object?> args, Span<byte> buffer)
    {
        if (args.Length != format.Items.Length)
        {
            throw StructFormat.Error($"pack expected {format.Items.Length} items for packing (got {args.Length})");
        }

        buffer[..format.Size].Clear();
        for (var i = 0; i < args.Length; i++)
        {
            var item = format.Items[i];
            PackItem(format, item, args[i], buffer.Slice(item.Offset, item.Size));
        }
    }

    public static PyTuple Unpack(StructFormat format, ReadOnlySpan<byte> data)
    {
        var values = new object?[format.Items.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var item = format.Items[i];
            values[i] = UnpackItem(format, item, data.Slice(item.Offset, item.Size));
        }

        return new PyTuple(values);
    }

    private static void PackItem(StructFormat format, StructItem item, object? value, Span<byte> target)
    {
        switch (item.Code)
        {
            case 'c':
                target[0] = value is PyBytes { Count: 1 } or PyByteArray { Count: 1 } ? ((PyBytesLike)value)[0]
                    : throw StructFormat.Error("char format requires a bytes object of length 1");
                return;
            case '?':
                target[0] = PyOps.IsTrue(value) ? (byte)1 : (byte)0;
                return;
            case 's' or 'p':
                PackString(item, value, target);
                return;
            case 'e' or 'f' or 'd':
                PackFloat(format, item, Float(value), target);
                return;
            default:
                PackInteger(format, item, Integer(value), target);
                return;
        }
    }

    private static void PackString(StructItem item, object? value, Span<byte> target)
    {
        var bytes = value is PyBytes or PyByteArray ? ((PyBytesLike)value).Span
            : throw StructFormat.Error($"argument for '{item.Code}' must be a bytes object");
        if (item.Code == 's')
        {
            bytes[..Math.Min(bytes.Length, target.Length)].CopyTo(target);
            return;
        }

        if (target.Length == 0)
        {
            return;
        }

        // Pascal string: a length byte (at most 255), then at most Size - 1 bytes.
        var n = Math.Min(bytes.Length, target.Length - 1);
        bytes[..n].CopyTo(target[1..]);
        target[0] = (byte)Math.Min(n, 255);
    }

    private static void PackFloat(StructFormat format, StructItem item, double x, Span<byte> target)
    {
        switch (item.Code)
        {
            case 'd':
                Write(format, BitConverter.DoubleToInt64Bits(x), target);
                break;
            case 'f':
                var f = (float)x;
                if (float.IsInfinity(f) && !double.IsInfinity(x) && format.Mode != '@')
                {
                    throw new PyOverflowError("float too large to pack with f format");
                }

                Write(format, BitConverter.SingleToInt32Bits(f), target);
                break;
            default:
                var h = (Half)x;
                if (Half.IsInfinity(h) && !double.IsInfinity(x))
                {
                    throw new PyOverflowError("float too large to pack with e format");
                }

                Write(format, BitConverter.HalfToInt16Bits(h), target);
                break;
        }
    }

    private static void PackInteger(StructFormat format, StructItem item, BigInteger v, Span<byte> target)
    {
        var code = item.Code;
        var unsigned = char.IsUpper(code) || code == 'P';
        if (item.Size == 8)
        {
            var inRange = unsigned ? v >= 0 && v <= ulong.MaxValue : v >= long.MinValue && v <= long.MaxValue;
            if (!inRange)
            {
                throw StructFormat.Error(format.BigEndian ? "int too large to convert" : "argument out of range");
            }

            Write(format, unsigned ? unchecked((long)(ulong)v) : (long)v, target);
            return;
        }

        if (v < long.MinValue || v > long.MaxValue)
        {
            throw StructFormat.Error("argument out of range");
        }

        var n = (long)v;
        var bits = item.Size * 8;
        var (min, max) = unsigned ? (0L, (1L << bits) - 1) : (-(1L << (bits - 1)), (1L << (bits - 1)) - 1);
        if (n >= min && n <= max)
        {
            Write(format, n, target);
            return;
        }

        throw StructFormat.Error(code switch
        {
            'b' => "byte format requires -128 <= number <= 127",
            'B' => "ubyte format requires 0 <= number <= 255",
            'h' when format.UsesNative(item) => "short format requires -32768 <= number <= 32767",
            'H' when format.UsesNative(item) => "ushort format requires 0 <= number <= 65535",
            _ when unsigned && n < 0 => "argument out of range",
            _ => $"'{code}' format requires {min} <= number <= {max}",
        });
    }

    private static void Write(StructFormat format, long bits, Span<byte> target)
    {
        Span<byte> little = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(little, bits);
        little[..target.Length].CopyTo(target);
        if (format.BigEndian)
        {
            target.Reverse();
        }
    }

    private static object? UnpackItem(StructFormat format, StructItem item, ReadOnlySpan<byte> source)
    {
        switch (item.Code)
        {
            case 'c':
                return new PyBytes(source);
            case '?':
                return source[0] != 0;
            case 's':
                return new PyBytes(source);
            case 'p':
                return source.Length == 0 ? new PyBytes([]) : new PyBytes(source.Slice(1, Math.Min(source[0], source.Length - 1)));
        }

        Span<byte> little = stackalloc byte[8];
        little.Clear();
        source.CopyTo(little);
        if (format.BigEndian)
        {
            little[..source.Length].Reverse();
        }

        var raw = BinaryPrimitives.ReadUInt64LittleEndian(little);
        switch (item.Code)
        {
            case 'd':
                return BitConverter.Int64BitsToDouble((long)raw);
            case 'f':
                return (double)BitConverter.Int32BitsToSingle((int)raw);
            case 'e':
                return (double)BitConverter.Int16BitsToHalf((short)raw);
        }

        var bits = item.Size * 8;
        if (char.IsUpper(item.Code) || item.Code == 'P')
        {
            return raw <= long.MaxValue ? (long)raw : PyInt.Normalize(new BigInteger(raw));
        }

        // Sign-extend from the item's width.
        return bits == 64 ? (long)raw : (long)raw << (64 - bits) >> (64 - bits);
    }

    private static BigInteger Integer(object? value)
    {
        switch (value)
        {
            case bool b:
                return b ? 1 : 0;
            case long l:
                return l;
            case BigInteger big:
                return big;
            case PyObject o when o.TryIndex(out var index):
                return Integer(index);
            default:
                throw StructFormat.Error("required argument is not an integer");
        }
    }

    private static double Float(object? value)
    {
        try
        {
            return value switch
            {
                double d => d,
                long or bool or BigInteger => Numeric.ToDouble(value),
                PyObject o when o.TryIndex(out var index) => Numeric.ToDouble(index),
                _ => throw StructFormat.Error("required argument is not a float"),
            };
        }
        catch (PyOverflowError)
        {
            throw StructFormat.Error("required argument is not a float");
        }
    }
}
