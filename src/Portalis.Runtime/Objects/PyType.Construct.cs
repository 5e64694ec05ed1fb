namespace Portalis.Runtime;

public sealed partial class PyType
{
    private ConstructorEntry? _constructor;

    /// <summary>
    /// <c>cls(...)</c> for a plain class without <c>type_call</c>'s lookups: when the class's metaclass call is
    /// <c>type.__call__</c>, its <c>__new__</c> is <c>object.__new__</c> (and the class is not abstract) and its
    /// <c>__init__</c> is a Python function, <c>type_call</c> (Objects/typeobject.c) allocates an instance with
    /// <c>object_new</c> (which accepts any arguments because <c>__init__</c> is overridden) and calls the
    /// <c>__init__</c> with them. That decision is cached per class, valid while <see cref="CurrentVersion"/> is
    /// unchanged (any class attribute or hierarchy change anywhere makes it stale), as CPython 3.12 specializes
    /// <c>CALL</c> on such a class. False when the class is not plain: the caller takes the generic path.
    /// </summary>
    private bool TryConstructPlain(ReadOnlySpan<object?> args, string[]? kwnames, out object? instance)
    {
        var entry = Volatile.Read(ref _constructor);
        if (entry is null || entry.Version != CurrentVersion)
        {
            entry = MakeConstructorEntry();
            Volatile.Write(ref _constructor, entry);
        }

        if (entry.Init is not { } init)
        {
            instance = null;
            return false;
        }

        var obj = new PyInstance(this);
        var result = kwnames is not null ? init.CallWithSelf(obj, args, kwnames) : args.Length switch
        {
            0 => init.CallWithSelf(obj),
            1 => init.CallWithSelf(obj, args[0]),
            2 => init.CallWithSelf(obj, args[0], args[1]),
            _ => init.CallWithSelf(obj, args, null),
        };
        if (result is not null)
        {
            throw new PyTypeError($"__init__() should return None, not '{PyOps.TypeName(result)}'");
        }

        instance = obj;
        return true;
    }

    private ConstructorEntry MakeConstructorEntry()
    {
        // The version is read first: a change during the lookups leaves the entry already stale.
        var version = CurrentVersion;
        PyFunction? init = null;
        if (IsHeapType && Layout == InstanceLayout.Object && (Metatype is null || ReferenceEquals(Metatype.Slots.Call, s_typeCall)))
        {
            var slots = Slots;
            if (slots.NewIsObject && slots.AbstractMethods is null && slots.Init is PyFunction f)
            {
                init = f;
            }
        }

        return new ConstructorEntry(version, init);
    }

    /// <summary>What <see cref="TryConstructPlain"/> found for one version: the <c>__init__</c> to call, or null when the class is not plain.</summary>
    private sealed record ConstructorEntry(int Version, PyFunction? Init);
}
