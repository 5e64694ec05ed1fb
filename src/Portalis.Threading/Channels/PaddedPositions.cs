using System.Runtime.InteropServices;

namespace Portalis.Threading.Channels;

/// <summary>
/// Head and tail positions on separate cache lines, so that producers and consumers do not
/// invalidate each other's line (as <c>PaddedHeadAndTail</c> in the BCL's ConcurrentQueue).
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 3 * CacheLineSize)]
internal struct PaddedPositions
{
    public const int CacheLineSize = 128;

    /// <summary>The next position a receiver takes.</summary>
    [FieldOffset(1 * CacheLineSize)]
    public long Head;

    /// <summary>How many senders are parked (or about to park); receivers read it after each receive.</summary>
    [FieldOffset((1 * CacheLineSize) + 8)]
    public int WaitingSenders;

    /// <summary>The next position a sender takes, with flavour-specific mark bits.</summary>
    [FieldOffset(2 * CacheLineSize)]
    public long Tail;

    /// <summary>How many receivers are parked (or about to park); senders read it after each send.</summary>
    [FieldOffset((2 * CacheLineSize) + 8)]
    public int WaitingReceivers;
}
