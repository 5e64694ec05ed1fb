using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace Portalis.Runtime;

/// <summary>
/// The native modules (C# classes marked <see cref="PyNativeModuleAttribute"/>): their exported functions
/// for the translator, which calls the C# methods directly when it can, and a factory per module for the
/// import system. Each module object is created once, on first import.
/// </summary>
public static class NativeModuleCatalog
{
    private static readonly ConcurrentDictionary<string, NativeModuleEntry> s_entries = new(StringComparer.Ordinal);

    static NativeModuleCatalog()
    {
        NativeModules.RegisterAll();
    }

    /// <summary>Every native module: name → factory returning the module object (the same one each time).</summary>
    public static IReadOnlyDictionary<string, Func<PyModule>> All =>
        s_entries.ToDictionary(p => p.Key, p => (Func<PyModule>)p.Value.GetModule, StringComparer.Ordinal);

    /// <summary>The exported functions of <paramref name="module"/>, or null when it is not a native module.</summary>
    public static IReadOnlyList<NativeFunctionInfo>? Find(string module) =>
        s_entries.TryGetValue(module, out var entry) ? entry.Functions : null;

    /// <summary>
    /// The class of what calling attribute <paramref name="name"/> of native module <paramref name="module"/> returns,
    /// when that is always an instance of exactly one sealed <see cref="NativeObject"/> class (or the call raises):
    /// a <see cref="PyFactoryAttribute"/> method, or an exported function declared to return such a class, not
    /// nullable (<c>_thread.allocate_lock</c>, not <c>re.match</c>). Null otherwise. The translator types locals bound by these calls.
    /// </summary>
    public static Type? FindFactory(string module, string name) =>
        s_entries.TryGetValue(module, out var entry) ? entry.FindFactory(name) : null;

    /// <summary>The module object of native module <paramref name="module"/> (created on first use), or null.</summary>
    public static PyModule? GetModule(string module) =>
        s_entries.TryGetValue(module, out var entry) ? entry.GetModule() : null;

    /// <summary>Registers the static class <paramref name="type"/> (marked <see cref="PyNativeModuleAttribute"/>) as a native module.</summary>
    public static void Register([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods | DynamicallyAccessedMemberTypes.PublicFields | DynamicallyAccessedMemberTypes.PublicProperties | DynamicallyAccessedMemberTypes.NonPublicMethods)] Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var name = type.GetCustomAttribute<PyNativeModuleAttribute>()?.Name
            ?? throw new ArgumentException($"{type.Name} is not marked [PyNativeModule]");
        s_entries[name] = new NativeModuleEntry(name, type);
    }

    /// <summary>
    /// Makes <paramref name="alias"/> import the module already registered as <paramref name="module"/>: the same
    /// module object under both names, as <c>posixpath</c> is <c>os.path</c>.
    /// </summary>
    public static void RegisterAlias(string alias, string module) => s_entries[alias] = s_entries[module];

    private sealed class NativeModuleEntry
    {
        private readonly string _name;
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods | DynamicallyAccessedMemberTypes.PublicFields | DynamicallyAccessedMemberTypes.PublicProperties | DynamicallyAccessedMemberTypes.NonPublicMethods)]
        private readonly Type _type;
        private readonly Lazy<NativeBinder[]> _binders;
        private readonly Lazy<PyModule> _module;
        private readonly ConcurrentDictionary<string, Type?> _factories = new(StringComparer.Ordinal);

        public NativeModuleEntry(string name, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods | DynamicallyAccessedMemberTypes.PublicFields | DynamicallyAccessedMemberTypes.PublicProperties | DynamicallyAccessedMemberTypes.NonPublicMethods)] Type type)
        {
            _name = name;
            _type = type;
            _binders = new(CreateBinders);
            _module = new(CreateModule);
        }

        public IReadOnlyList<NativeFunctionInfo> Functions => [.. _binders.Value.Select(b => new NativeFunctionInfo(b.Name, b.Method, b.Signature))];

        public PyModule GetModule() => _module.Value;

        public Type? FindFactory(string name) => _factories.GetOrAdd(name, FindFactoryCore);

        private Type? FindFactoryCore(string name)
        {
            foreach (var method in _type.GetMethods(BindingFlags.Public | BindingFlags.Static))
            {
                var factory = method.GetCustomAttributes<PyFactoryAttribute>().Any(a => a.Name == name)
                    || method.GetCustomAttributes<PyExportAttribute>().Any(a => a.Name == name);
                if (factory)
                {
                    // A nullable result (re.match's Match or None) is not always an instance.
                    var type = method.ReturnType;
                    var nullability = new NullabilityInfoContext().Create(method.ReturnParameter);
                    return type.IsSealed && type.IsSubclassOf(typeof(NativeObject)) && nullability.ReadState == NullabilityState.NotNull ? type : null;
                }
            }

            return null;
        }

        private NativeBinder[] CreateBinders() =>
            [.. _type.GetMethods(BindingFlags.Public | BindingFlags.Static)
                .SelectMany(m => m.GetCustomAttributes<PyExportAttribute>().Select(a => new NativeBinder(a.Name, _name == "builtins" ? a.Name : _name + "." + a.Name, m)))];

        private PyModule CreateModule()
        {
            var module = new PyModule(_name);
            foreach (var binder in _binders.Value)
            {
                module.Set(binder.Name, binder.CreateFunction(module, _name));
            }

            foreach (var field in _type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                foreach (var a in field.GetCustomAttributes<PyExportAttribute>())
                {
                    module.Set(a.Name, field.GetValue(null));
                }
            }

            foreach (var property in _type.GetProperties(BindingFlags.Public | BindingFlags.Static))
            {
                foreach (var a in property.GetCustomAttributes<PyExportAttribute>())
                {
                    module.Set(a.Name, property.GetValue(null));
                }
            }

            foreach (var init in _type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
            {
                if (init.IsDefined(typeof(PyModuleInitAttribute)))
                {
                    init.Invoke(null, [module]);
                }
            }

            return module;
        }
    }
}
