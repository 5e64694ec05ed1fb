using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Portalis.Runtime;

/// <summary>
/// A forked child's copy of the program's Python state (fork semantics without a process): every
/// translated module in <c>sys.modules</c> and everything reachable from it (module cells, user
/// classes, functions and the generated module objects their code closes over, instances,
/// containers) deep-copied with one memo that keeps identity and cycles. Code running in the child
/// reads and writes the copies, so a global the child changes is not seen by the parent or by other
/// children. Shared, never copied: immutable values, builtin types and native modules, native objects
/// (locks, the multiprocessing primitives), exceptions, generators, and Python objects whose class
/// defines <c>_mp_reduce_</c> (multiprocessing's queues, pipes, values, pools and jobs).
/// </summary>
/// <remarks>
/// Generated code keeps a module's <see cref="PyGlobal"/> cells in fields of a generated module object,
/// and functions are delegates closing over that object (or over compiler-generated closure classes):
/// they are copied by reflection over their fields, and delegates are re-bound to the copied target.
/// Dictionaries and sets are rebuilt through their API, because identity-based hashes change with the copy.
/// </remarks>
public sealed class ForkedHeap : NativeObject
{
    private static readonly ConcurrentDictionary<Type, FieldInfo[]> s_fields = new();
    private static readonly FieldInfo s_moduleCells =
        typeof(PyModule).GetField("_cells", BindingFlags.Instance | BindingFlags.NonPublic)!;

    private readonly Dictionary<object, object?> _forward = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<object, object> _backward = new(ReferenceEqualityComparer.Instance);
    private readonly PyDict _modules = new();

    private ForkedHeap()
    {
    }

    /// <inheritdoc/>
    public override string PythonTypeName => "ForkedHeap";

    /// <summary>The child's <c>sys.modules</c>: the copied translated modules and the shared native ones.</summary>
    public PyDict Modules => _modules;

    /// <summary>Copies the state reachable from <see cref="PyImport.Modules"/> (what fork does to memory).</summary>
    public static ForkedHeap Fork()
    {
        var heap = new ForkedHeap();
        foreach (var (name, module) in PyImport.Modules.IterateEntries().ToList())
        {
            heap._modules.SetItem(name, heap.Copy(module));
        }

        return heap;
    }

    /// <summary><c>copy(obj)</c>: <paramref name="value"/> as the child sees it (copied with the same memo).</summary>
    [PyExport("copy")]
    public object? CopyExport(object? value) => Copy(value);

    /// <summary>
    /// <c>rerun_main()</c>: the spawn start method's main module (Lib/multiprocessing/spawn.py, <c>prepare</c>):
    /// the main script runs again as <c>__mp_main__</c>, in a fresh module that becomes this child's
    /// <c>__main__</c>, so its top-level code runs in the child and its globals start from the script, not
    /// from the parent's state. The parent's functions and classes of <c>__main__</c> then resolve, as pickle
    /// resolves <c>__main__.name</c> in the child, to the fresh module's objects of the same name. Other
    /// modules keep the fork copy (a spawned child would import them afresh).
    /// </summary>
    [PyExport("rerun_main")]
    public PyModule RerunMain()
    {
        var fresh = PyImport.ExecuteFresh("__main__", "__mp_main__");
        _modules.SetItem("__mp_main__", fresh);
        _modules.SetItem("__main__", fresh);
        if (PyImport.Modules.TryGetValue("__main__", out var main) && main is PyModule parentMain)
        {
            foreach (var name in parentMain.BoundNames().ToList())
            {
                if (parentMain.TryGetAttribute(name, out var original)
                    && original is PyFunction or PyType { IsHeapType: true }
                    && fresh.TryGetAttribute(name, out var replacement)
                    && replacement is not null)
                {
                    Remember(original!, replacement);
                }
            }
        }

        return fresh;
    }

    /// <summary><c>to_parent(obj)</c>: the parent's original of a child's copy (the object itself otherwise).</summary>
    [PyExport("to_parent")]
    public object? ToParent(object? value) =>
        value is not null && _backward.TryGetValue(value, out var original) ? original : value;

    /// <summary><c>from_parent(obj)</c>: the child's copy of a parent's object, if the fork copied it.</summary>
    [PyExport("from_parent")]
    public object? FromParent(object? value) =>
        value is not null && _forward.TryGetValue(value, out var copy) ? copy : value;

    internal object? Copy(object? value)
    {
        if (value is null)
        {
            return null;
        }

        try
        {
            return CopyCore(value);
        }
        catch (Exception e) when (e is NullReferenceException or ArgumentException or MemberAccessException or NotSupportedException or InvalidCastException or TargetInvocationException)
        {
            // An object this copier cannot rebuild (a runtime object of an unforeseen shape) stays
            // shared between parent and child rather than failing the fork.
            _forward[value] = value;
            return value;
        }
    }

    private object? CopyCore(object value)
    {
        if (_forward.TryGetValue(value, out var done))
        {
            return done;
        }

        if (IsShared(value))
        {
            return value;
        }

        switch (value)
        {
            case PyModule module:
                return CopyModule(module);
            case PyGlobal cell:
                CopyModule(cell.Module);
                return _forward.TryGetValue(cell, out var copiedCell) ? copiedCell : cell;
            case Delegate del:
                return CopyDelegate(del);
            case Array array:
                return CopyArray(array);
        }

        var type = value.GetType();
        if (type == typeof(PyList))
        {
            var list = new PyList();
            Remember(value, list);
            foreach (var item in ((PyList)value).ToArray())
            {
                list.Append(Copy(item));
            }

            return list;
        }

        if (type == typeof(PyTuple))
        {
            var source = (PyTuple)value;
            var items = new object?[source.Count];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = Copy(source[i]);
            }

            if (_forward.TryGetValue(value, out var cyclic))
            {
                return cyclic;
            }

            var tuple = new PyTuple(items);
            Remember(value, tuple);
            return tuple;
        }

        if (type == typeof(PyDict))
        {
            var dict = new PyDict();
            Remember(value, dict);
            foreach (var (k, v) in ((PyDict)value).IterateEntries().ToList())
            {
                dict.SetItem(Copy(k), Copy(v));
            }

            return dict;
        }

        if (type == typeof(PySet))
        {
            var set = new PySet();
            Remember(value, set);
            foreach (var item in PyOps.Iterate(value).ToList())
            {
                set.Add(Copy(item));
            }

            return set;
        }

        if (type == typeof(PyFrozenSet))
        {
            var items = new PyList();
            foreach (var item in PyOps.Iterate(value).ToList())
            {
                items.Append(Copy(item));
            }

            var frozen = new PyFrozenSet(items);
            Remember(value, frozen);
            return frozen;
        }

        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            if (definition == typeof(Dictionary<,>) || definition == typeof(ConcurrentDictionary<,>))
            {
                return CopyDictionary(value, type);
            }

            if (definition == typeof(WeakReference<>))
            {
                var args = new object?[] { null };
                type.GetMethod("TryGetTarget")!.Invoke(value, args);
                var weak = Activator.CreateInstance(type, Copy(args[0]))!;
                Remember(value, weak);
                return weak;
            }
        }

        return CopyFields(value, type);
    }

    private void Remember(object original, object copy)
    {
        _forward[original] = copy;
        if (!ReferenceEquals(original, copy))
        {
            _backward[copy] = original;
        }
    }

    private static bool IsLibraryAssembly(Assembly assembly) =>
        assembly == typeof(object).Assembly
        || assembly.GetName().Name is not { } name
        || name.StartsWith("System", StringComparison.Ordinal)
        || name.StartsWith("Microsoft", StringComparison.Ordinal)
        || name is "Portalis.Threading" or "netstandard" or "mscorlib";

    private static bool IsShared(object value)
    {
        var type = value.GetType();
        if (type.IsValueType || type.IsPrimitive || value is string || value is Type || value is MemberInfo)
        {
            return true;
        }

        switch (value)
        {
            case PyType t:
                return !t.IsHeapType || HasSharedMarker(t);
            case PyModule m:
                return m.File is null;
            case NativeObject or PyBytes or PyCode or Exception or PyRange or PySlice:
                return true;
            case Delegate d:
                return d.Target is null || IsClosureCache(d.Target.GetType());
        }

        if (IsClosureCache(type))
        {
            return true;
        }

        var ns = type.Namespace ?? string.Empty;
        if (type.IsArray || type.IsGenericType && (ns.StartsWith("System.Collections", StringComparison.Ordinal) || type.GetGenericTypeDefinition() == typeof(WeakReference<>)))
        {
            return false;
        }

        // Generated code lives in the program's own assembly, whatever its namespace (`portalis run` uses
        // Portalis.Generated, the conformance runner one namespace per program); the BCL's and the
        // concurrency runtime's objects are shared.
        if (type.Assembly != typeof(PyObject).Assembly && IsLibraryAssembly(type.Assembly))
        {
            return true;
        }

        if (ns.StartsWith("Portalis.Runtime", StringComparison.Ordinal) && type.Name.Contains("Generator", StringComparison.Ordinal))
        {
            return true;
        }

        return value is PyObject { PyClass: { } cls } && HasSharedMarker(cls);
    }

    private static bool HasSharedMarker(PyType cls) => cls.TryLookup("_mp_reduce_", out _);

    // The compiler caches non-capturing lambdas in a singleton of a nested class named "<>c".
    private static bool IsClosureCache(Type type) => type.Name == "<>c";

    private PyModule CopyModule(PyModule module)
    {
        if (_forward.TryGetValue(module, out var done))
        {
            return (PyModule)done!;
        }

        if (module.File is null)
        {
            return module;
        }

        var copy = new PyModule(module.Name, module.File);
        Remember(module, copy);
        var cells = ((ConcurrentDictionary<string, PyGlobal>)s_moduleCells.GetValue(module)!).ToList();
        var pairs = new List<(PyGlobal From, PyGlobal To)>(cells.Count);
        foreach (var (name, cell) in cells)
        {
            var target = copy.Global(name);
            Remember(cell, target);
            pairs.Add((cell, target));
        }

        foreach (var (from, to) in pairs)
        {
            to.Value = from.Value is PyUnbound ? from.Value : Copy(from.Value);
        }

        return copy;
    }

    private object CopyDelegate(Delegate del)
    {
        var target = Copy(del.Target);
        var copy = ReferenceEquals(target, del.Target) ? del : Delegate.CreateDelegate(del.GetType(), target, del.Method);
        Remember(del, copy);
        return copy;
    }

    private Array CopyArray(Array array)
    {
        var element = array.GetType().GetElementType()!;
        var copy = Array.CreateInstance(element, array.Length);
        Remember(array, copy);
        if (element.IsPrimitive || element == typeof(string))
        {
            Array.Copy(array, copy, array.Length);
            return copy;
        }

        for (var i = 0; i < array.Length; i++)
        {
            var item = array.GetValue(i);
            copy.SetValue(element.IsValueType && item is not null ? CopyStruct(item) : Copy(item), i);
        }

        return copy;
    }

    private object CopyStruct(object boxed)
    {
        var type = boxed.GetType();
        if (type.IsPrimitive || type.IsEnum)
        {
            return boxed;
        }

        var copy = RuntimeHelpers.GetUninitializedObject(type);
        foreach (var field in FieldsOf(type))
        {
            var v = field.GetValue(boxed);
            field.SetValue(copy, field.FieldType.IsValueType && v is not null ? CopyStruct(v) : Copy(v));
        }

        return copy;
    }

    private object CopyDictionary(object value, Type type)
    {
        var comparer = type.GetProperty("Comparer")?.GetValue(value);
        var copy = comparer is null ? Activator.CreateInstance(type)! : Activator.CreateInstance(type, comparer)!;
        Remember(value, copy);
        var target = (IDictionary)copy;
        var entries = new List<(object Key, object? Value)>();
        foreach (DictionaryEntry entry in (IDictionary)value)
        {
            entries.Add((entry.Key, entry.Value));
        }

        foreach (var (k, v) in entries)
        {
            var key = k.GetType().IsValueType ? CopyStruct(k) : Copy(k)!;
            target[key] = v is not null && v.GetType().IsValueType ? CopyStruct(v) : Copy(v);
        }

        return copy;
    }

    private object CopyFields(object value, Type type)
    {
        var copy = RuntimeHelpers.GetUninitializedObject(type);
        Remember(value, copy);
        foreach (var field in FieldsOf(type))
        {
            var v = field.GetValue(value);
            field.SetValue(copy, field.FieldType.IsValueType && v is not null ? CopyStruct(v) : Copy(v));
        }

        return copy;
    }

    private static FieldInfo[] FieldsOf(Type type) => s_fields.GetOrAdd(type, static t =>
    {
        var fields = new List<FieldInfo>();
        for (var current = t; current is not null && current != typeof(object); current = current.BaseType)
        {
            fields.AddRange(current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly));
        }

        return [.. fields];
    });
}
