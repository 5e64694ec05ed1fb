using System.Runtime.CompilerServices;

namespace Portalis.Runtime;

public static partial class PyOps
{
    /// <summary><c>x.name</c> through a cached <see cref="AttrSite"/> (same result as <see cref="GetAttr(object?, string)"/>).</summary>
    /// <remarks>
    /// The commonest case, an instance value of the class the site saw last, is inlined into the caller
    /// (CPython's <c>LOAD_ATTR_INSTANCE_VALUE</c>); everything else is <see cref="GetAttrCached"/>.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object? GetAttr(object? value, AttrSite site) =>
        value is PyInstance instance && site.InstanceValueIndex(instance.Class) is var index && index >= 0 && instance.TryGetValueAt(index, out var found)
            ? found
            : GetAttrCached(value, site);

    private static object? GetAttrCached(object? value, AttrSite site)
    {
        if (value is PyInstance instance)
        {
            var entry = site.EntryFor(instance.Class) ?? site.Fill(MakeGetEntry(instance.Class, site.Name));
            switch (entry.Kind)
            {
                case AttrCacheKind.InstanceValue:
                    if (instance.TryGetValueAt(entry.Index, out var found))
                    {
                        return found;
                    }

                    break;
                case AttrCacheKind.DataDescriptor:
                    return ((IPyDataDescriptor)entry.Attribute!).Get(instance, entry.Type);
                case AttrCacheKind.Method:
                    if (IsUnshadowed(instance, entry, site))
                    {
                        return new PyMethod(entry.Attribute!, instance);
                    }

                    break;
            }
        }

        return GetAttr(value, site.Name);
    }

    /// <summary><c>x.name = value</c> through a cached <see cref="AttrSite"/>.</summary>
    public static void SetAttr(object? target, AttrSite site, object? value)
    {
        if (target is PyInstance instance)
        {
            var entry = site.EntryFor(instance.Class) ?? site.Fill(MakeSetEntry(instance.Class, site.Name));
            switch (entry.Kind)
            {
                case AttrCacheKind.InstanceValue:
                    if (instance.TrySetValueAt(entry.Index, value))
                    {
                        return;
                    }

                    break;
                case AttrCacheKind.DataDescriptor:
                    ((IPyDataDescriptor)entry.Attribute!).Set(instance, value);
                    return;
            }
        }

        SetAttr(target, site.Name, value);
    }

    /// <summary><c>x.name(args...)</c> through a cached <see cref="AttrSite"/>: a method found on the class is called with x prepended.</summary>
    public static object? CallMethod(object? target, AttrSite site, params ReadOnlySpan<object?> args) => CallMethodKw(target, site, args, null);

    /// <summary><c>x.name()</c> through a cached <see cref="AttrSite"/>: a Python method is called with no argument span.</summary>
    public static object? CallMethod(object? target, AttrSite site) =>
        target is PyInstance instance && CachedMethod(instance, site) is { } f ? f.CallWithSelf(instance) : CallMethodKw(target, site, [], null);

    /// <summary><c>x.name(a)</c> through a cached <see cref="AttrSite"/>: a Python method is called with no argument span.</summary>
    public static object? CallMethod(object? target, AttrSite site, object? a) =>
        target is PyInstance instance && CachedMethod(instance, site) is { } f ? f.CallWithSelf(instance, a) : CallMethodKw(target, site, [a], null);

    /// <summary><c>x.name(a, b)</c> through a cached <see cref="AttrSite"/>: a Python method is called with no argument span.</summary>
    public static object? CallMethod(object? target, AttrSite site, object? a, object? b) =>
        target is PyInstance instance && CachedMethod(instance, site) is { } f ? f.CallWithSelf(instance, a, b) : CallMethodKw(target, site, [a, b], null);

    /// <summary>The plain function <c>instance.name</c> finds on the class, not shadowed by the instance, or null (then the generic path decides).</summary>
    private static PyFunction? CachedMethod(PyInstance instance, AttrSite site)
    {
        var entry = site.EntryFor(instance.Class) ?? site.Fill(MakeGetEntry(instance.Class, site.Name));
        return entry.Kind == AttrCacheKind.Method && IsUnshadowed(instance, entry, site) ? (PyFunction)entry.Attribute! : null;
    }

    /// <summary><c>x.name(args...)</c> with keyword arguments (vectorcall convention) through a cached <see cref="AttrSite"/>.</summary>
    public static object? CallMethodKw(object? target, AttrSite site, ReadOnlySpan<object?> args, string[]? kwnames)
    {
        if (target is PyInstance instance)
        {
            var entry = site.EntryFor(instance.Class) ?? site.Fill(MakeGetEntry(instance.Class, site.Name));
            if (entry.Kind == AttrCacheKind.Method && IsUnshadowed(instance, entry, site))
            {
                return ((PyFunction)entry.Attribute!).CallWithSelf(instance, args, kwnames);
            }
        }

        else if (target is NativeObject { PyClass: null, InstanceDict: null } native && site.NativeMethodFor(native.GetType()) is { } binder)
        {
            // A method of a native module's object (a Random, a deque, a lock): called without a bound method.
            return binder.Invoke(native, args, kwnames);
        }

        if (kwnames is null && site.Builtin != BuiltinMethod.None && TryCallBuiltinDirect(target, site.Builtin, args, out var result))
        {
            return result;
        }

        return CallMethodKw(target, site.Name, args, kwnames);
    }

    /// <summary>The hottest builtin-container methods on exact builtin receivers (subclasses may override them).</summary>
    private static bool TryCallBuiltinDirect(object? target, BuiltinMethod method, ReadOnlySpan<object?> args, out object? result)
    {
        result = null;
        switch (method, target)
        {
            case (BuiltinMethod.Append, PyList { PyClass: null } list) when args.Length == 1:
                list.Append(args[0]);
                return true;
            case (BuiltinMethod.Pop, PyList { PyClass: null } list) when args.Length == 0:
                result = list.Pop();
                return true;
            case (BuiltinMethod.Pop, PyList { PyClass: null } list) when args.Length == 1 && args[0] is long index:
                result = list.Pop(index);
                return true;
            case (BuiltinMethod.Get, PyDict { PyClass: null } dict) when args.Length is 1 or 2:
                result = dict.Get(args[0], args.Length == 2 ? args[1] : null);
                return true;
            case (BuiltinMethod.Add, PySet { PyClass: null } set) when args.Length == 1:
                set.Add(args[0]);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Whether the instance has no attribute of the site's name of its own (so the class's method is what <c>x.name</c> finds).</summary>
    private static bool IsUnshadowed(PyInstance instance, AttrCacheEntry entry, AttrSite site)
    {
        if (!instance.HasSplitValues)
        {
            return !instance.HasOwn(site.Name);
        }

        if (entry.Index >= 0)
        {
            return !instance.TryGetValueAt(entry.Index, out _);
        }

        if (ReferenceEquals(entry.Type.InstanceKeys, entry.Keys))
        {
            return true;
        }

        // The class's key table grew since the entry was made: the name may have an index now.
        site.Fill(MakeGetEntry(instance.Class, site.Name));
        return !instance.HasOwn(site.Name);
    }

    /// <summary>What <c>_PyObject_GenericGetAttrWithDict</c> would do for instances of <paramref name="type"/>, as a cache entry.</summary>
    private static AttrCacheEntry MakeGetEntry(PyType type, string name)
    {
        // The version is read first: a change during the lookups leaves the entry already stale.
        var version = PyType.CurrentVersion;
        var keys = type.InstanceKeys;
        var index = keys.IndexOf(name);
        var kind = AttrCacheKind.Generic;
        object? attribute = null;
        if (!type.Slots.CustomGetAttribute && name is not ("__class__" or "__dict__"))
        {
            var found = type.TryLookup(name, out attribute);
            if (found && ClassDispatch.IsDataDescriptor(attribute))
            {
                kind = attribute is IPyDataDescriptor ? AttrCacheKind.DataDescriptor : AttrCacheKind.Generic;
            }
            else if (found && attribute is PyFunction)
            {
                kind = AttrCacheKind.Method;
            }
            else if (type.HasInstanceDict && index >= 0)
            {
                kind = AttrCacheKind.InstanceValue;
            }
        }

        return new AttrCacheEntry(type, version, kind, index, keys, attribute);
    }

    /// <summary>What <c>_PyObject_GenericSetAttrWithDict</c> would do for instances of <paramref name="type"/>, as a cache entry.</summary>
    private static AttrCacheEntry MakeSetEntry(PyType type, string name)
    {
        var version = PyType.CurrentVersion;
        var kind = AttrCacheKind.Generic;
        var index = -1;
        object? attribute = null;
        if (!type.Slots.CustomSetAttr && name is not ("__class__" or "__dict__"))
        {
            if (type.TryLookup(name, out attribute) && ClassDispatch.IsDataDescriptor(attribute))
            {
                kind = attribute is IPyDataDescriptor ? AttrCacheKind.DataDescriptor : AttrCacheKind.Generic;
            }
            else if (type.HasInstanceDict && type.IsHeapType)
            {
                index = type.AddInstanceKey(name);
                kind = index >= 0 ? AttrCacheKind.InstanceValue : AttrCacheKind.Generic;
            }
        }

        return new AttrCacheEntry(type, version, kind, index, type.InstanceKeys, attribute);
    }
}
