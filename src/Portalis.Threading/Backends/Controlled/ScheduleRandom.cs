namespace Portalis.Threading.Backends.Controlled;

/// <summary>
/// SplitMix64: a tiny generator whose sequence depends only on its seed, on every platform and
/// .NET version, which is what makes a seed replay the same schedule.
/// </summary>
internal sealed class ScheduleRandom
{
    private ulong _state;

    public ScheduleRandom(long seed)
    {
        _state = unchecked((ulong)seed);
    }

    public ulong NextUInt64()
    {
        unchecked
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>A number in [0, <paramref name="bound"/>).</summary>
    public int Next(int bound) => bound <= 1 ? 0 : (int)(NextUInt64() % (ulong)bound);

    /// <summary>A number in [0, <paramref name="bound"/>).</summary>
    public long NextInt64(long bound) => bound <= 1 ? 0 : (long)(NextUInt64() % (ulong)bound);
}
