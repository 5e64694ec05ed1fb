namespace Portalis.Runtime;

public sealed partial class PyType
{
    private SharedKeys _instanceKeys = SharedKeys.Empty;

    /// <summary>
    /// The version tag of every class namespace and hierarchy: it changes whenever any class attribute or MRO
    /// may have changed, so a cache filled at one version is valid while the tag is unchanged.
    /// </summary>
    internal static int CurrentVersion => Volatile.Read(ref s_version);

    /// <summary>The attribute names this class's instances keep in their split value arrays (see <see cref="SharedKeys"/>).</summary>
    internal SharedKeys InstanceKeys => Volatile.Read(ref _instanceKeys);

    /// <summary>
    /// The index of instance attribute <paramref name="name"/>, added to the class's table when new; -1 when the
    /// table is full (the instance then keeps a dict).
    /// </summary>
    internal int AddInstanceKey(string name)
    {
        while (true)
        {
            var keys = Volatile.Read(ref _instanceKeys);
            var index = keys.IndexOf(name);
            if (index >= 0)
            {
                return index;
            }

            if (keys.Count >= SharedKeys.MaxCount)
            {
                return -1;
            }

            if (ReferenceEquals(Interlocked.CompareExchange(ref _instanceKeys, keys.With(name), keys), keys))
            {
                return keys.Count;
            }
        }
    }
}
