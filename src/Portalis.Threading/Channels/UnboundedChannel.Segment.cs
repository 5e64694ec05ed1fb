namespace Portalis.Threading.Channels;

internal sealed partial class UnboundedChannel<T>
{
    /// <summary>
    /// A run of slots for the global positions [Start, End). Segments are never reused: a drained one
    /// becomes garbage, so no position can be confused with an older one (no ABA).
    /// </summary>
    private sealed class Segment
    {
        public const int InitialLength = 32;
        public const int MaxLength = 1024;

        public const int Unwritten = 0;
        public const int Written = 1;

        /// <summary>The position was claimed by a send that lost the race with Close: receivers skip it.</summary>
        public const int Hole = 2;

        public readonly long Start;
        public readonly Slot[] Slots;
        public Segment? Next;

        public Segment(long start, int length)
        {
            Start = start;
            Slots = new Slot[length];
            End = start + length;
        }

        public long End { get; }
    }

    private struct Slot
    {
        public T Item;
        public int State;
    }
}
