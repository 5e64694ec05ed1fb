using System.Buffers.Binary;
using System.Numerics;

namespace Portalis.Compiler.Build;

/// <summary>
/// A fast 128-bit content hash for change detection (not for security): two independent 64-bit lanes
/// mixing 8 bytes per step with multiply-rotate (the xxHash/wyhash family's structure), then a full
/// avalanche. Stable across processes and platforms (little-endian reads).
/// </summary>
internal static class ContentHash
{
    private const ulong Prime1 = 0x9E3779B185EBCA87UL;
    private const ulong Prime2 = 0xC2B2AE3D27D4EB4FUL;
    private const ulong Prime3 = 0x165667B19E3779F9UL;

    public static string Hex(ReadOnlySpan<byte> data)
    {
        ulong a = Prime1 ^ (ulong)data.Length, b = Prime2 + (ulong)data.Length;
        var i = 0;
        for (; i + 8 <= data.Length; i += 8)
        {
            var word = BinaryPrimitives.ReadUInt64LittleEndian(data[i..]);
            a = BitOperations.RotateLeft(a ^ (word * Prime2), 31) * Prime1;
            b = BitOperations.RotateLeft(b + (word * Prime3), 27) * Prime2;
        }

        ulong tail = 0;
        for (var shift = 0; i < data.Length; i++, shift += 8)
        {
            tail |= (ulong)data[i] << shift;
        }

        a = Avalanche(a ^ (tail * Prime3) ^ b);
        b = Avalanche(b ^ (tail * Prime1) ^ a);
        return a.ToString("x16", System.Globalization.CultureInfo.InvariantCulture) + b.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static ulong Avalanche(ulong h)
    {
        h ^= h >> 33;
        h *= Prime2;
        h ^= h >> 29;
        h *= Prime3;
        h ^= h >> 32;
        return h;
    }
}
