using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace Portalis.Runtime;

/// <summary>
/// Base of the objects that native modules hand out (a <c>deque</c>, a <c>Random</c>, a regex match):
/// public instance methods and properties marked <see cref="PyExportAttribute"/> are their Python
/// methods and attributes, bound through the same binder as module functions.
/// </summary>
public abstract class NativeObject : PyObject
{
    private static readonly ConcurrentDictionary<Type, NativeMembers> s_members = new();

    /// <inheritdoc/>
    public override bool TryGetAttribute(string name, out object? value)
    {
        // A class that accepts attribute stores (random.Random) keeps them in InstanceDict, which shadows its methods.
        if (InstanceDict is { } dict && dict.TryGetValue(name, out value))
        {
            return true;
        }

        var members = s_members.GetOrAdd(GetType(), static t => new NativeMembers(t));
        if (members.Methods.TryGetValue(name, out var binder))
        {
            value = binder.Bind(this);
            return true;
        }

        if (members.Properties.TryGetValue(name, out var property))
        {
            value = property.GetValue(this);
            return true;
        }

        value = null;
        return false;
    }

    /// <inheritdoc/>
    public override bool TryGetItem(object? key, out object? value) => TryCallMethod("__getitem__", [key], null, out value);

    /// <inheritdoc/>
    public override bool TrySetItem(object? key, object? value) => TryCallMethod("__setitem__", [key, value], null, out _);

    /// <inheritdoc/>
    public override bool TryDelItem(object? key) => TryCallMethod("__delitem__", [key], null, out _);

    /// <inheritdoc/>
    public override bool? ContainsHook(object? item) => TryCallMethod("__contains__", [item], null, out var result) ? PyOps.IsTrue(result) : null;

    /// <summary>The binder of exported method <paramref name="name"/> of <paramref name="type"/> (a call site caches it per type), or null.</summary>
    internal static NativeBinder? FindMethod(Type type, string name)
    {
        var members = s_members.GetOrAdd(type, static t => new NativeMembers(t));
        return members.LooksUpMethodsFirst ? members.Methods.GetValueOrDefault(name) : null;
    }

    /// <summary>The exported methods of <paramref name="type"/> by Python name (the methods of a subclassable native class's dict).</summary>
    internal static IEnumerable<(string Name, NativeBinder Binder)> ExportedMethods(Type type) =>
        s_members.GetOrAdd(type, static t => new NativeMembers(t)).Methods.Select(static p => (p.Key, p.Value));

    /// <summary>Calls exported method <paramref name="name"/> without creating a bound method; false when there is none.</summary>
    public bool TryCallMethod(string name, ReadOnlySpan<object?> args, string[]? kwnames, out object? result)
    {
        var members = s_members.GetOrAdd(GetType(), static t => new NativeMembers(t));
        if (members.Methods.TryGetValue(name, out var binder))
        {
            result = binder.Invoke(this, args, kwnames);
            return true;
        }

        result = null;
        return false;
    }

    private sealed class NativeMembers
    {
        [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "Native object types are referenced by their modules, so their public members are kept.")]
        public NativeMembers(Type type)
        {
            var owner = type.GetCustomAttribute<PyMethodsOfAttribute>();
            foreach (var m in type.GetMethods(BindingFlags.Public | BindingFlags.Instance))
            {
                foreach (var a in m.GetCustomAttributes<PyExportAttribute>())
                {
                    Methods[a.Name] = owner is null
                        ? new NativeBinder(a.Name, a.Name, m)
                        : new NativeBinder(a.Name, owner.ClassName + "." + a.Name, m) { PythonMessages = owner.PythonFunctions && !m.IsDefined(typeof(PyCMethodAttribute)) };
                }
            }

            LooksUpMethodsFirst = type.GetMethod(nameof(TryGetAttribute), [typeof(string), typeof(object).MakeByRefType()])?.DeclaringType == typeof(NativeObject);
            foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                foreach (var a in p.GetCustomAttributes<PyExportAttribute>())
                {
                    Properties[a.Name] = p;
                }
            }
        }

        public Dictionary<string, NativeBinder> Methods { get; } = new(StringComparer.Ordinal);

        /// <summary>Whether attribute lookup is this base class's (a type that overrides it may answer a name before its methods).</summary>
        public bool LooksUpMethodsFirst { get; }

        public Dictionary<string, PropertyInfo> Properties { get; } = new(StringComparer.Ordinal);
    }
}
