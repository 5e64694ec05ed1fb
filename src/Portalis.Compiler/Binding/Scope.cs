using Portalis.Syntax.Ast;

namespace Portalis.Compiler.Binding;

/// <summary>The kinds of Python scopes (CPython's symtable block types, with comprehensions and lambdas split out).</summary>
internal enum ScopeKind
{
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

/// <summary>Where a name lives once resolved (CPython's symtable scopes).</summary>
internal enum NameResolution
{
    /// <summary>A module-level variable (a <c>PyGlobal</c> cell): module scope, <c>global</c>, or implicitly global.</summary>
    Global,

    /// <summary>A local of a function scope (a C# local; captured locals are Python cells).</summary>
    Local,

    /// <summary>A variable of an enclosing function scope (a C# captured variable).</summary>
    Free,

    /// <summary>A name assigned in a class body: an entry of the class namespace.</summary>
    ClassLocal,
}

/// <summary>What the binder saw a name do in one scope.</summary>
[Flags]
internal enum SymbolFlags
{
    None = 0,
    Assigned = 1,
    Parameter = 2,
    Used = 4,
    DeclaredGlobal = 8,
    DeclaredNonlocal = 16,
    Deleted = 32,
    ExceptTarget = 64,
}

/// <summary>One scope's symbol table.</summary>
internal sealed class Scope(ScopeKind kind, string name, Node node, Scope? parent)
{
    private readonly Dictionary<string, SymbolFlags> _symbols = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NameResolution> _resolved = new(StringComparer.Ordinal);

    public ScopeKind Kind { get; } = kind;

    /// <summary>The scope's Python name: the function or class name, <c>&lt;lambda&gt;</c>, <c>&lt;listcomp&gt;</c>, <c>&lt;module&gt;</c>.</summary>
    public string Name { get; } = name;

    public Node Node { get; } = node;

    public Scope? Parent { get; } = parent;

    public List<Scope> Children { get; } = [];

    /// <summary>The qualified name (CPython's <c>__qualname__</c> rules: functions add <c>.&lt;locals&gt;</c>).</summary>
    public string QualName { get; set; } = name;

    /// <summary>The function contains <c>yield</c> or <c>yield from</c> (or is a generator expression).</summary>
    public bool IsGenerator { get; set; }

    /// <summary>
    /// The function is an <c>async def</c>: its body is a resumable frame like a generator's (so the rules for
    /// generator bodies apply to it), wrapped in a coroutine or, with <see cref="IsGenerator"/>, an async generator.
    /// </summary>
    public bool IsCoroutine { get; set; }

    /// <summary>The body runs as a resumable state machine: a generator or an <c>async def</c>.</summary>
    public bool IsResumable => IsGenerator || IsCoroutine;

    /// <summary>The function body refers to <c>super</c> or <c>__class__</c>, so it needs the enclosing class's cell.</summary>
    public bool NeedsClassCell { get; set; }

    /// <summary>Names in first-seen order, for deterministic output.</summary>
    public List<string> Order { get; } = [];

    public bool IsFunctionLike => Kind is ScopeKind.Function or ScopeKind.Lambda or ScopeKind.Comprehension;

    public SymbolFlags Flags(string name) => _symbols.GetValueOrDefault(name);

    /// <summary>
    /// Flags added to every name bound while set: a <c>try ... except*</c> statement marks what it binds as
    /// <see cref="SymbolFlags.ExceptTarget"/> (read with unbound checks, never an unboxed typed local), since type
    /// inference does not follow its branches.
    /// </summary>
    public SymbolFlags BindingFlags { get; set; }

    public void Add(string name, SymbolFlags flags)
    {
        if ((flags & SymbolFlags.Assigned) != 0)
        {
            flags |= BindingFlags;
        }

        if (!_symbols.TryGetValue(name, out var existing))
        {
            Order.Add(name);
        }

        _symbols[name] = existing | flags;
    }

    public IEnumerable<string> Names => Order;

    public void SetResolution(string name, NameResolution resolution) => _resolved[name] = resolution;

    /// <summary>The resolution of a name used or bound in this scope (names never seen resolve as the scope kind dictates).</summary>
    public NameResolution Resolve(string name)
    {
        return _resolved.TryGetValue(name, out var r) ? r : NameResolution.Global;
    }

    /// <summary>Locals of this function scope, in first-seen order (parameters included).</summary>
    public IEnumerable<string> Locals => Order.Where(n => Resolve(n) == NameResolution.Local);

    /// <summary>True when a local may be read while unbound (so reads are checked): it is not a parameter, or it is deleted.</summary>
    public bool NeedsUnboundCheck(string name)
    {
        var flags = Flags(name);
        return (flags & SymbolFlags.Parameter) == 0 || (flags & (SymbolFlags.Deleted | SymbolFlags.ExceptTarget)) != 0;
    }
}
