namespace Portalis.Runtime;

public static partial class ItertoolsModule
{
    /// <summary><c>product(*iterables, repeat=1)</c></summary>
    [PyExport("product")]
    public static PyIterator Product([PyVarArgs] object?[] iterables, long repeat = 1)
    {
        if (repeat < 0)
        {
            throw new PyValueError("repeat argument cannot be negative");
        }

        var pools = new List<object?[]>();
        var basePools = iterables.Select(PyOps.ToArray).ToArray();
        for (var r = 0; r < repeat; r++)
        {
            pools.AddRange(basePools);
        }

        return Lazy(Core(), "product");

        IEnumerable<object?> Core()
        {
            if (pools.Any(p => p.Length == 0))
            {
                yield break;
            }

            var indices = new int[pools.Count];
            while (true)
            {
                yield return new PyTuple([.. indices.Select((ix, p) => pools[p][ix])]);
                var i = pools.Count - 1;
                for (; i >= 0; i--)
                {
                    if (++indices[i] < pools[i].Length)
                    {
                        break;
                    }

                    indices[i] = 0;
                }

                if (i < 0)
                {
                    yield break;
                }
            }
        }
    }

    /// <summary><c>permutations(iterable, r=None)</c></summary>
    [PyExport("permutations")]
    public static PyIterator Permutations(object? iterable, object? r = null)
    {
        var pool = PyOps.ToArray(iterable);
        var n = pool.Length;
        var rr = r is null ? n : (int)PyArg.ToLong(r);
        if (rr < 0)
        {
            throw new PyValueError("r must be non-negative");
        }

        return Lazy(Core(), "permutations");

        IEnumerable<object?> Core()
        {
            // The algorithm of the itertools documentation, which the C code follows.
            if (rr > n)
            {
                yield break;
            }

            var indices = Enumerable.Range(0, n).ToArray();
            var cycles = Enumerable.Range(0, rr).Select(i => n - i).ToArray();
            yield return Pick(pool, indices, rr);
            while (n > 0)
            {
                var i = rr - 1;
                for (; i >= 0; i--)
                {
                    cycles[i]--;
                    if (cycles[i] == 0)
                    {
                        var first = indices[i];
                        Array.Copy(indices, i + 1, indices, i, n - i - 1);
                        indices[n - 1] = first;
                        cycles[i] = n - i;
                    }
                    else
                    {
                        var j = cycles[i];
                        (indices[i], indices[n - j]) = (indices[n - j], indices[i]);
                        yield return Pick(pool, indices, rr);
                        break;
                    }
                }

                if (i < 0)
                {
                    yield break;
                }
            }
        }
    }

    /// <summary><c>combinations(iterable, r)</c></summary>
    [PyExport("combinations")]
    public static PyIterator Combinations(object? iterable, long r)
    {
        if (r < 0)
        {
            throw new PyValueError("r must be non-negative");
        }

        var pool = PyOps.ToArray(iterable);
        var n = pool.Length;
        return Lazy(Core(), "combinations");

        IEnumerable<object?> Core()
        {
            if (r > n)
            {
                yield break;
            }

            var indices = Enumerable.Range(0, (int)r).ToArray();
            yield return Pick(pool, indices, (int)r);
            while (true)
            {
                var i = (int)r - 1;
                while (i >= 0 && indices[i] == i + n - r)
                {
                    i--;
                }

                if (i < 0)
                {
                    yield break;
                }

                indices[i]++;
                for (var j = i + 1; j < r; j++)
                {
                    indices[j] = indices[j - 1] + 1;
                }

                yield return Pick(pool, indices, (int)r);
            }
        }
    }

    /// <summary><c>combinations_with_replacement(iterable, r)</c></summary>
    [PyExport("combinations_with_replacement")]
    public static PyIterator CombinationsWithReplacement(object? iterable, long r)
    {
        if (r < 0)
        {
            throw new PyValueError("r must be non-negative");
        }

        var pool = PyOps.ToArray(iterable);
        var n = pool.Length;
        return Lazy(Core(), "combinations_with_replacement");

        IEnumerable<object?> Core()
        {
            if (n == 0 && r > 0)
            {
                yield break;
            }

            var indices = new int[r];
            yield return Pick(pool, indices, (int)r);
            while (true)
            {
                var i = (int)r - 1;
                while (i >= 0 && indices[i] == n - 1)
                {
                    i--;
                }

                if (i < 0)
                {
                    yield break;
                }

                var v = indices[i] + 1;
                for (var j = i; j < r; j++)
                {
                    indices[j] = v;
                }

                yield return Pick(pool, indices, (int)r);
            }
        }
    }

    private static PyTuple Pick(object?[] pool, int[] indices, int r)
    {
        var items = new object?[r];
        for (var i = 0; i < r; i++)
        {
            items[i] = pool[indices[i]];
        }

        return new PyTuple(items);
    }
}
