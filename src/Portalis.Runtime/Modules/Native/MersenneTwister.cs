using System.Numerics;

namespace Portalis.Runtime;

/// <summary>MT19937 exactly as Modules/_randommodule.c (<c>genrand_uint32</c>, <c>init_by_array</c>, <c>random_seed</c>).</summary>
internal sealed class MersenneTwister
{
    private const int N = 624;
    private const int M = 397;
    private readonly uint[] _mt = new uint[N];
    private int _index = N + 1;

    /// <summary>The state as <c>_random.Random.getstate()</c> gives it: the 624 words, then the index.</summary>
    public object?[] GetState()
    {
        var state = new object?[N + 1];
        for (var i = 0; i < N; i++)
        {
            state[i] = (long)_mt[i];
        }

        state[N] = (long)_index;
        return state;
    }

    /// <summary>Restores a state from <see cref="GetState"/> (Modules/_randommodule.c, <c>random_setstate</c>).</summary>
    public void SetState(ReadOnlySpan<uint> words, int index)
    {
        words.CopyTo(_mt);
        _index = index;
    }

    public void InitGenrand(uint s)
    {
        _mt[0] = s;
        for (var i = 1; i < N; i++)
        {
            _mt[i] = (1812433253u * (_mt[i - 1] ^ (_mt[i - 1] >> 30))) + (uint)i;
        }

        _index = N;
    }

    public void InitByArray(uint[] key)
    {
        InitGenrand(19650218u);
        var i = 1;
        var j = 0;
        for (var k = Math.Max(N, key.Length); k > 0; k--)
        {
            _mt[i] = (_mt[i] ^ ((_mt[i - 1] ^ (_mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint)j;
            i++;
            j++;
            if (i >= N)
            {
                _mt[0] = _mt[N - 1];
                i = 1;
            }

            if (j >= key.Length)
            {
                j = 0;
            }
        }

        for (var k = N - 1; k > 0; k--)
        {
            _mt[i] = (_mt[i] ^ ((_mt[i - 1] ^ (_mt[i - 1] >> 30)) * 1566083941u)) - (uint)i;
            i++;
            if (i >= N)
            {
                _mt[0] = _mt[N - 1];
                i = 1;
            }
        }

        _mt[0] = 0x80000000u;
    }

    /// <summary><c>random_seed</c> for an int: abs(n) as little-endian 32-bit words (at least one).</summary>
    public void Seed(BigInteger n)
    {
        n = BigInteger.Abs(n);
        var bytes = n.ToByteArray(isUnsigned: true, isBigEndian: false);
        var words = Math.Max(1, (bytes.Length + 3) / 4);
        var key = new uint[words];
        for (var b = 0; b < bytes.Length; b++)
        {
            key[b / 4] |= (uint)bytes[b] << (8 * (b % 4));
        }

        InitByArray(key);
    }

    public uint Next()
    {
        if (_index >= N)
        {
            Generate();
        }

        var y = _mt[_index++];
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680u;
        y ^= (y << 15) & 0xefc60000u;
        y ^= y >> 18;
        return y;
    }

    private void Generate()
    {
        const uint upper = 0x80000000u;
        const uint lower = 0x7fffffffu;
        int kk;
        uint y;
        for (kk = 0; kk < N - M; kk++)
        {
            y = (_mt[kk] & upper) | (_mt[kk + 1] & lower);
            _mt[kk] = _mt[kk + M] ^ (y >> 1) ^ ((y & 1u) * 0x9908b0dfu);
        }

        for (; kk < N - 1; kk++)
        {
            y = (_mt[kk] & upper) | (_mt[kk + 1] & lower);
            _mt[kk] = _mt[kk + (M - N)] ^ (y >> 1) ^ ((y & 1u) * 0x9908b0dfu);
        }

        y = (_mt[N - 1] & upper) | (_mt[0] & lower);
        _mt[N - 1] = _mt[M - 1] ^ (y >> 1) ^ ((y & 1u) * 0x9908b0dfu);
        _index = 0;
    }
}
