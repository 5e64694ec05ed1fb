using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace Portalis.Runtime;

/// <summary>
/// <c>random.Random</c>: CPython's exact sequences. The C core (Modules/_randommodule.c: seeding,
/// <c>random()</c>, <c>getrandbits</c>) is ported bit for bit and each call is atomic under the
/// instance's lock (unless the translator proved the instance confined to one thread, see
/// <see cref="IPyConfinable"/>); the methods of Lib/random.py are ported with the same calls in the same order.
/// </summary>
[PyMethodsOf("Random", PythonFunctions = true)]
public sealed partial class PyRandom : NativeObject, IPyConfinable
{
    private static readonly double s_nvMagic = 4 * Math.Exp(-0.5) / Math.Sqrt(2.0);
    private static readonly double s_log4 = Math.Log(4.0);
    private static readonly double s_sgMagic = 1.0 + Math.Log(4.5);
    private readonly Lock _lock = new();
    private readonly MersenneTwister _mt = new();
    private readonly bool _system;
    private bool _confined;
    private object? _gaussNext;

    /// <summary><c>Random(x=None)</c></summary>
    public PyRandom(object? seed = null)
    {
        Seed(seed);
    }

    private PyRandom(bool system)
    {
        _system = system;
    }

    /// <summary>
    /// <c>random.SystemRandom()</c>: the same methods over the operating system's entropy instead of the
    /// Mersenne Twister; like CPython's, it has no state (<c>seed</c> does nothing, <c>getstate</c> raises).
    /// </summary>
    public static PyRandom CreateSystem() => new(system: true);

    /// <inheritdoc/>
    public override string PythonTypeName => _system ? "SystemRandom" : "Random";

    /// <summary>
    /// <c>__dict__</c>: Lib/random.py's Random is a Python class, so its instances take attributes, and one
    /// stored under a method's name shadows the method (<see cref="NativeObject.TryGetAttribute"/> reads the
    /// instance dict first once there is one).
    /// </summary>
    [PyExport("__dict__")]
    public PyDict InstanceAttributes => Dict();

    /// <inheritdoc/>
    public override void SetAttribute(string name, object? value) => Dict().SetItem(name, value);

    /// <inheritdoc/>
    public override void DelAttribute(string name)
    {
        if (InstanceDict is not { } dict || !dict.ContainsKey(name))
        {
            throw new PyAttributeError($"'{PythonTypeName}' object has no attribute '{name}'").For(this, name);
        }

        dict.Pop(name);
    }

    private PyDict Dict()
    {
        if (InstanceDict is { } dict)
        {
            return dict;
        }

        lock (_lock)
        {
            return InstanceDict ??= new PyDict();
        }
    }

    /// <inheritdoc/>
    void IPyConfinable.Confine() => _confined = true;

    /// <summary>The instance's lock for one call, or nothing when the instance is confined to one thread.</summary>
    private LockScope Guard() => new(_confined ? null : _lock);

    /// <summary>The next 32 random bits: the generator's, or the system's for a SystemRandom.</summary>
    private uint NextWord() => _system ? System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(RandomNumberGenerator.GetBytes(4)) : _mt.Next();

    /// <summary><c>seed(a=None, version=2)</c>: None seeds from OS entropy; str/bytes hash with SHA-512 (version 2).</summary>
    [PyExport("seed")]
    public void Seed(object? a = null, long version = 2)
    {
        if (_system)
        {
            return;
        }

        BigInteger n;
        switch (a)
        {
            case null:
                n = new BigInteger(RandomNumberGenerator.GetBytes(32 * 4), isUnsigned: true);
                break;
            case long or BigInteger or bool:
                n = PyInt.ToBig(a);
                break;
            case string or PyBytes when version == 2:
                var bytes = a is string s ? Encoding.UTF8.GetBytes(s) : ((PyBytes)a).Span.ToArray();
                n = new BigInteger([.. bytes, .. SHA512.HashData(bytes)], isUnsigned: true, isBigEndian: true);
                break;
            case string or PyBytes:
                n = SeedVersion1(a);
                break;
            case double:
                // random_seed: any other hashable seeds from its hash, as an unsigned size_t.
                n = new BigInteger(unchecked((ulong)PyOps.Hash(a)));
                break;
            default:
                throw new PyTypeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
        }

        using (Guard())
        {
            _mt.Seed(n);
            _gaussNext = null;
        }
    }

    /// <summary><c>random()</c>: 53 random bits in [0, 1).</summary>
    [PyExport("random")]
    [PyCMethod]
    public double Random()
    {
        using (Guard())
        {
            var a = NextWord() >> 5;
            var b = NextWord() >> 6;
            return ((a * 67108864.0) + b) * (1.0 / 9007199254740992.0);
        }
    }

    /// <summary><c>getrandbits(k)</c></summary>
    [PyExport("getrandbits")]
    [PyCMethod]
    public BigInteger GetRandBits([PyPositionalOnly] long k)
    {
        if (k < 0)
        {
            throw new PyValueError("number of bits must be non-negative");
        }

        using (Guard())
        {
            if (k <= 32)
            {
                return k == 0 ? BigInteger.Zero : NextWord() >> (int)(32 - k);
            }

            var words = (int)((k - 1) / 32) + 1;
            var bytes = new byte[words * 4];
            var remaining = k;
            for (var i = 0; i < words; i++, remaining -= 32)
            {
                var r = NextWord();
                if (remaining < 32)
                {
                    r >>= (int)(32 - remaining);
                }

                BitConverter.TryWriteBytes(bytes.AsSpan(i * 4), r);
            }

            return new BigInteger(bytes, isUnsigned: true, isBigEndian: false);
        }
    }

    /// <summary><c>getstate()</c> (Lib/random.py): <c>(VERSION, internal state, gauss_next)</c>.</summary>
    [PyExport("getstate")]
    public PyTuple GetState()
    {
        if (_system)
        {
            throw new PyNotImplementedError("System entropy source does not have state.");
        }

        using (Guard())
        {
            return new PyTuple(3L, new PyTuple(_mt.GetState()), _gaussNext);
        }
    }

    /// <summary><c>setstate(state)</c> (Lib/random.py and Modules/_randommodule.c, <c>random_setstate</c>).</summary>
    [PyExport("setstate")]
    public void SetState(object? state)
    {
        if (_system)
        {
            throw new PyNotImplementedError("System entropy source does not have state.");
        }

        if (state is not PyTuple { Count: 3 } tuple || tuple[0] is not long version)
        {
            throw new PyTypeError("state vector must be a tuple");
        }

        if (version != 3)
        {
            throw new PyValueError($"state with version {version} passed to Random.setstate() of version 3");
        }

        if (tuple[1] is not PyTuple { Count: 625 } inner)
        {
            throw new PyValueError("state vector is the wrong size");
        }

        var words = new uint[624];
        for (var i = 0; i < 624; i++)
        {
            var word = PyOps.ToIndex(inner[i]);
            words[i] = word is >= 0 and <= uint.MaxValue ? (uint)word : throw new PyOverflowError("Python int too large to convert to C unsigned long");
        }

        var index = PyOps.ToIndex(inner[624]);
        if (index is < 0 or > 624)
        {
            throw new PyValueError("invalid state");
        }

        using (Guard())
        {
            _mt.SetState(words, (int)index);
            _gaussNext = tuple[2];
        }
    }

    /// <summary><c>randbytes(n)</c></summary>
    [PyExport("randbytes")]
    public PyBytes RandBytes(long n)
    {
        if (n < 0)
        {
            throw new PyValueError("number of bits must be non-negative");
        }

        var value = GetRandBits(n * 8);
        var bytes = new byte[n];
        value.TryWriteBytes(bytes, out _, isUnsigned: true, isBigEndian: false);
        return new PyBytes(bytes);
    }

    /// <summary><c>_randbelow(n)</c>: a random int in [0, n), the private method Lib/secrets.py calls.</summary>
    [PyExport("_randbelow")]
    public object RandBelowExported(object? n)
    {
        var bound = PyInt.ToBig(n);
        return bound <= 0 ? throw new PyValueError("Boundary cannot be zero") : PyInt.Normalize(RandBelow(bound));
    }

    /// <summary><c>_randbelow_with_getrandbits(n)</c></summary>
    internal BigInteger RandBelow(BigInteger n)
    {
        if (PyClass is not null)
        {
            return SubclassRandBelow(n);
        }

        var k = (long)n.GetBitLength();
        var r = GetRandBits(k);
        while (r >= n)
        {
            r = GetRandBits(k);
        }

        return r;
    }

    private int RandBelow(int n) => (int)RandBelow(new BigInteger(n));

    /// <summary><c>randrange(start, stop=None, step=1)</c></summary>
    [PyExport("randrange")]
    public BigInteger RandRange(object? start, object? stop = null, object? step = null)
    {
        var istart = Index(start, "arg 1");
        if (stop is null)
        {
            if (step is not null)
            {
                throw new PyTypeError("Missing a non-None stop argument");
            }

            return istart > 0 ? RandBelow(istart) : throw new PyValueError("empty range for randrange()");
        }

        var istop = Index(stop, "stop");
        var width = istop - istart;
        var istep = step is null ? BigInteger.One : Index(step, "step");
        if (istep.IsOne)
        {
            return width > 0 ? istart + RandBelow(width) : throw new PyValueError($"empty range for randrange() ({istart}, {istop}, {width})");
        }

        BigInteger n;
        if (istep > 0)
        {
            n = FloorDiv(width + istep - 1, istep);
        }
        else if (istep < 0)
        {
            n = FloorDiv(width + istep + 1, istep);
        }
        else
        {
            throw new PyValueError("zero step for randrange()");
        }

        return n <= 0 ? throw new PyValueError("empty range for randrange()") : istart + (istep * RandBelow(n));
    }

    /// <summary><c>randint(a, b)</c></summary>
    [PyExport("randint")]
    public BigInteger RandInt(object? a, object? b) => RandRange(a, PyOps.Add(b, 1L));

    /// <summary><c>choice(seq)</c></summary>
    [PyExport("choice")]
    public object? Choice(object? seq)
    {
        var n = PyOps.Len(seq);
        if (n == 0)
        {
            throw new PyIndexError("Cannot choose from an empty sequence");
        }

        return PyOps.GetItem(seq, (long)RandBelow(new BigInteger(n)));
    }

    /// <summary><c>shuffle(x)</c></summary>
    [PyExport("shuffle")]
    public void Shuffle(object? x)
    {
        for (var i = PyOps.Len(x) - 1; i >= 1; i--)
        {
            var j = (long)RandBelow(new BigInteger(i + 1));
            var a = PyOps.GetItem(x, i);
            var b = PyOps.GetItem(x, j);
            PyOps.SetItem(x, i, b);
            PyOps.SetItem(x, j, a);
        }
    }

    /// <summary><c>sample(population, k, *, counts=None)</c></summary>
    [PyExport("sample")]
    public PyList Sample(object? population, long k, [PyKeywordOnly] object? counts = null)
    {
        if (population is not (PyList or PyTuple or string or PyRange or PyBytes))
        {
            throw new PyTypeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
        }

        var n = PyOps.Len(population);
        if (counts is not null)
        {
            var cum = new List<object?>();
            object? acc = null;
            foreach (var c in PyOps.Iterate(counts))
            {
                acc = acc is null ? c : PyOps.Add(acc, c);
                cum.Add(acc);
            }

            if (cum.Count != n)
            {
                throw new PyValueError("The number of counts does not match the population");
            }

            var total = cum[^1];
            cum.RemoveAt(cum.Count - 1);
            if (total is not (long or BigInteger))
            {
                throw new PyTypeError("Counts must be integers");
            }

            if (PyOps.Le(total, 0L))
            {
                throw new PyValueError("Total of counts must be greater than zero");
            }

            var selections = Sample(PyRange.Create(total), k);
            var picked = new PyList();
            foreach (var s in selections)
            {
                picked.Append(PyOps.GetItem(population, BisectRight(cum, s, 0, cum.Count)));
            }

            return picked;
        }

        if (k < 0 || k > n)
        {
            throw new PyValueError("Sample larger than population or is negative");
        }

        var result = new object?[k];
        var setsize = 21L;
        if (k > 5)
        {
            setsize += (long)Math.Pow(4, Math.Ceiling(Math.Log(k * 3) / Math.Log(4)));
        }

        if (n <= setsize)
        {
            var pool = PyOps.ToArray(population);
            for (var i = 0; i < k; i++)
            {
                var j = RandBelow((int)(n - i));
                result[i] = pool[j];
                pool[j] = pool[n - i - 1];
            }
        }
        else
        {
            var selected = new HashSet<BigInteger>();
            for (var i = 0; i < k; i++)
            {
                var j = RandBelow(new BigInteger(n));
                while (selected.Contains(j))
                {
                    j = RandBelow(new BigInteger(n));
                }

                selected.Add(j);
                result[i] = PyOps.GetItem(population, (long)j);
            }
        }

        return new PyList(result);
    }

    /// <summary><c>choices(population, weights=None, *, cum_weights=None, k=1)</c></summary>
    [PyExport("choices")]
    public PyList Choices(object? population, object? weights = null, [PyKeywordOnly] object? cum_weights = null, long k = 1)
    {
        var n = PyOps.Len(population);
        var result = new PyList();
        if (cum_weights is null)
        {
            if (weights is null)
            {
                var nf = (double)n;
                for (var i = 0; i < k; i++)
                {
                    result.Append(PyOps.GetItem(population, (long)Math.Floor(Next() * nf)));
                }

                return result;
            }

            if (weights is long w)
            {
                throw new PyTypeError($"The number of choices must be a keyword argument: k={w}");
            }

            var cum = new PyList();
            object? acc = null;
            foreach (var x in PyOps.Iterate(weights))
            {
                acc = acc is null ? x : PyOps.Add(acc, x);
                cum.Append(acc);
            }

            cum_weights = cum;
        }
        else if (weights is not null)
        {
            throw new PyTypeError("Cannot specify both weights and cumulative weights");
        }

        var cw = PyOps.ToArray(cum_weights).ToList();
        if (cw.Count != n)
        {
            throw new PyValueError("The number of weights does not match the population");
        }

        var total = PyArg.ToDouble(PyOps.Add(cw[^1], 0.0));
        if (total <= 0.0)
        {
            throw new PyValueError("Total of weights must be greater than zero");
        }

        if (!double.IsFinite(total))
        {
            throw new PyValueError("Total of weights must be finite");
        }

        var hi = (int)n - 1;
        for (var i = 0; i < k; i++)
        {
            result.Append(PyOps.GetItem(population, BisectRight(cw, Next() * total, 0, hi)));
        }

        return result;
    }

    /// <summary><c>uniform(a, b)</c>: <c>a + (b - a) * random()</c>.</summary>
    [PyExport("uniform")]
    public object? Uniform(object? a, object? b) => PyOps.Add(a, PyOps.Mul(PyOps.Sub(b, a), Next()));

    /// <summary><c>triangular(low=0.0, high=1.0, mode=None)</c></summary>
    [PyExport("triangular")]
    public double Triangular(double low = 0.0, double high = 1.0, double? mode = null)
    {
        var u = Next();
        if (high - low == 0.0 && mode is not null)
        {
            return low;
        }

        var c = mode is null ? 0.5 : (mode.Value - low) / (high - low);
        if (u > c)
        {
            u = 1.0 - u;
            c = 1.0 - c;
            (low, high) = (high, low);
        }

        return low + ((high - low) * Math.Sqrt(u * c));
    }

    /// <summary><c>normalvariate(mu=0.0, sigma=1.0)</c> (Kinderman and Monahan).</summary>
    [PyExport("normalvariate")]
    public double NormalVariate(double mu = 0.0, double sigma = 1.0)
    {
        double z;
        while (true)
        {
            var u1 = Next();
            var u2 = 1.0 - Next();
            z = s_nvMagic * (u1 - 0.5) / u2;
            var zz = z * z / 4.0;
            if (zz <= -Math.Log(u2))
            {
                break;
            }
        }

        return mu + (z * sigma);
    }

    /// <summary><c>gauss(mu=0.0, sigma=1.0)</c>: Box-Muller with the second value cached.</summary>
    [PyExport("gauss")]
    public double Gauss(double mu = 0.0, double sigma = 1.0)
    {
        double z;
        using (Guard())
        {
            var cached = _gaussNext;
            _gaussNext = null;
            if (cached is double c)
            {
                z = c;
            }
            else
            {
                var x2pi = Next() * (2.0 * Math.PI);
                var g2rad = Math.Sqrt(-2.0 * Math.Log(1.0 - Next()));
                z = Math.Cos(x2pi) * g2rad;
                _gaussNext = Math.Sin(x2pi) * g2rad;
            }
        }

        return mu + (z * sigma);
    }

    /// <summary><c>lognormvariate(mu, sigma)</c></summary>
    [PyExport("lognormvariate")]
    public double LogNormVariate(double mu, double sigma) => Math.Exp(NormalVariate(mu, sigma));

    /// <summary><c>expovariate(lambd)</c></summary>
    [PyExport("expovariate")]
    public double ExpoVariate(double lambd)
    {
        var r = -Math.Log(1.0 - Next());
        return lambd == 0.0 ? throw new PyZeroDivisionError("float division by zero") : r / lambd;
    }

    /// <summary><c>vonmisesvariate(mu, kappa)</c></summary>
    [PyExport("vonmisesvariate")]
    public double VonMisesVariate(double mu, double kappa)
    {
        const double twoPi = 2.0 * Math.PI;
        if (kappa <= 1e-6)
        {
            return twoPi * Next();
        }

        var s = 0.5 / kappa;
        var r = s + Math.Sqrt(1.0 + (s * s));
        double z;
        while (true)
        {
            var u1 = Next();
            z = Math.Cos(Math.PI * u1);
            var d = z / (r + z);
            var u2 = Next();
            if (u2 < 1.0 - (d * d) || u2 <= (1.0 - d) * Math.Exp(d))
            {
                break;
            }
        }

        var q = 1.0 / r;
        var f = (q + z) / (1.0 + (q * z));
        var u3 = Next();
        return u3 > 0.5 ? PyMod(mu + Math.Acos(f), twoPi) : PyMod(mu - Math.Acos(f), twoPi);
    }

    /// <summary><c>gammavariate(alpha, beta)</c></summary>
    [PyExport("gammavariate")]
    public double GammaVariate(double alpha, double beta)
    {
        if (alpha <= 0.0 || beta <= 0.0)
        {
            throw new PyValueError("gammavariate: alpha and beta must be > 0.0");
        }

        if (alpha > 1.0)
        {
            var ainv = Math.Sqrt((2.0 * alpha) - 1.0);
            var bbb = alpha - s_log4;
            var ccc = alpha + ainv;
            while (true)
            {
                var u1 = Next();
                if (!(u1 > 1e-7 && u1 < 0.9999999))
                {
                    continue;
                }

                var u2 = 1.0 - Next();
                var v = Math.Log(u1 / (1.0 - u1)) / ainv;
                var x = alpha * Math.Exp(v);
                var z = u1 * u1 * u2;
                var r = bbb + (ccc * v) - x;
                if (r + s_sgMagic - (4.5 * z) >= 0.0 || r >= Math.Log(z))
                {
                    return x * beta;
                }
            }
        }

        if (alpha == 1.0)
        {
            return -Math.Log(1.0 - Next()) * beta;
        }

        double result;
        while (true)
        {
            var u = Next();
            var b = (Math.E + alpha) / Math.E;
            var p = b * u;
            result = p <= 1.0 ? Math.Pow(p, 1.0 / alpha) : -Math.Log((b - p) / alpha);
            var u1 = Next();
            if (p > 1.0)
            {
                if (u1 <= Math.Pow(result, alpha - 1.0))
                {
                    break;
                }
            }
            else if (u1 <= Math.Exp(-result))
            {
                break;
            }
        }

        return result * beta;
    }

    /// <summary><c>betavariate(alpha, beta)</c></summary>
    [PyExport("betavariate")]
    public double BetaVariate(double alpha, double beta)
    {
        var y = GammaVariate(alpha, 1.0);
        return y != 0.0 ? y / (y + GammaVariate(beta, 1.0)) : 0.0;
    }

    /// <summary><c>paretovariate(alpha)</c></summary>
    [PyExport("paretovariate")]
    public double ParetoVariate(double alpha) => Math.Pow(1.0 - Next(), -1.0 / alpha);

    /// <summary><c>weibullvariate(alpha, beta)</c></summary>
    [PyExport("weibullvariate")]
    public double WeibullVariate(double alpha, double beta) => alpha * Math.Pow(-Math.Log(1.0 - Next()), 1.0 / beta);

    private static double PyMod(double x, double y) => Numeric.FloatDivMod(x, y, "float modulo").Remainder;

    private static BigInteger FloorDiv(BigInteger a, BigInteger b)
    {
        var q = BigInteger.DivRem(a, b, out var r);
        return !r.IsZero && (r.Sign < 0) != (b.Sign < 0) ? q - 1 : q;
    }

    private static BigInteger Index(object? value, string what)
    {
        if (PyOps.IsIntLike(value))
        {
            return PyInt.ToBig(value);
        }

        if (value is double d)
        {
            if (PyFloat.IsInteger(d))
            {
                return PyFloat.ToBigInteger(d);
            }

            throw new PyValueError($"non-integer {what} for randrange()");
        }

        throw new PyTypeError($"'{PyOps.TypeName(value)}' object cannot be interpreted as an integer");
    }

    private static long BisectRight(IReadOnlyList<object?> a, object? x, int lo, int hi)
    {
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (PyOps.Lt(x, a[mid]))
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }

    private static BigInteger SeedVersion1(object a)
    {
        var text = a is string s ? s : Encoding.Latin1.GetString(((PyBytes)a).Span);
        var cps = PyStr.CodePoints(text);
        ulong x = cps.Length > 0 ? (ulong)cps[0] << 7 : 0;
        foreach (var c in cps)
        {
            x = unchecked((1000003 * x) ^ (ulong)c);
        }

        x ^= (ulong)cps.Length;
        return new BigInteger(x);
    }

    /// <summary>Holds a lock, if any, until disposed.</summary>
    private readonly ref struct LockScope
    {
        private readonly Lock? _held;

        public LockScope(Lock? held)
        {
            _held = held;
            held?.Enter();
        }

        public void Dispose() => _held?.Exit();
    }
}
