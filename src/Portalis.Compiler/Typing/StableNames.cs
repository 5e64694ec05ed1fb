using Portalis.Compiler.Binding;
using Portalis.Syntax.Ast;
using Attribute = Portalis.Syntax.Ast.Attribute;
using CompareOperator = Portalis.Syntax.Ast.CompareOperator;

namespace Portalis.Compiler.Typing;

/// <summary>
/// Whole-program proof that a module-level name never changes after its one binding: a function bound only
/// by its <c>def</c>, or a builtin the module never binds. The typed path relies on it to give a guarded
/// direct call the callee's unboxed return type (when the guard fails the name is unbound, so the dynamic
/// call raises NameError and produces no value) and to treat <c>range</c>, <c>len</c>... as the builtins.
/// The proof is syntactic and conservative: any construct that can rebind a module's globals from afar
/// (<c>globals()</c>, <c>setattr</c>, <c>__dict__</c>, <c>exec</c>, an attribute store of that name on any
/// object, <c>import *</c>, ...) anywhere in the program disables it for the names concerned.
/// </summary>
internal sealed class StableNames
{
    // Names and attributes through which code can reach and rebind a module's namespace.
    private static readonly HashSet<string> s_reflective = new(StringComparer.Ordinal)
    {
        "globals", "locals", "vars", "setattr", "delattr", "exec", "eval", "compile", "__import__", "__builtins__",
        "__dict__", "__setattr__", "__delattr__", "__globals__", "f_globals", "f_locals", "builtins", "importlib",
    };

    private readonly bool _reflective;
    private readonly IReadOnlySet<string> _storedAttributes;
    private readonly Dictionary<string, int> _moduleBindings;
    private readonly bool _importStar;
    private readonly Dictionary<string, object> _constants;
    private readonly bool _modulesReplaced;

    private StableNames(bool reflective, IReadOnlySet<string> storedAttributes, Dictionary<string, int> moduleBindings, bool importStar, Dictionary<string, object> constants, bool modulesReplaced)
    {
        _reflective = reflective;
        _modulesReplaced = modulesReplaced;
        _storedAttributes = storedAttributes;
        _moduleBindings = moduleBindings;
        _importStar = importStar;
        _constants = constants;
    }

    /// <summary>Facts for one module of a program (<paramref name="program"/> is every module's tree).</summary>
    public static StableNames Compute(IEnumerable<Module> program, Module module, BoundModule bound)
    {
        var (reflective, storedAttributes, modulesReplaced) = Scan(program);
        var counter = new ModuleBindingCounter();
        foreach (var statement in module.Body)
        {
            statement.Accept(counter);
        }

        foreach (var scope in bound.Scopes.Values.Distinct())
        {
            if (scope.Kind == ScopeKind.Module)
            {
                continue;
            }

            foreach (var name in scope.Names)
            {
                var flags = scope.Flags(name);
                if ((flags & SymbolFlags.DeclaredGlobal) != 0 && (flags & (SymbolFlags.Assigned | SymbolFlags.Deleted)) != 0)
                {
                    counter.Add(name, 2);
                }
            }
        }

        var constants = ModuleConstants.Find(module.Body, counter.Counts);
        return new StableNames(reflective, storedAttributes, counter.Counts, counter.ImportStar, constants, modulesReplaced);
    }

    /// <summary>
    /// A module constant: a name bound once, by a top-level assignment of an int, float or bool literal (see
    /// <see cref="ModuleConstants"/>), that nothing can rebind. Once bound it holds <paramref name="value"/>;
    /// a read before that raises NameError (the name is no builtin).
    /// </summary>
    public bool TryConstant(string name, out object value)
    {
        value = null!;
        return Stable(name) && _constants.TryGetValue(name, out value!);
    }

    /// <summary>A module-level function bound once by its <c>def</c> and never rebound anywhere.</summary>
    public bool IsStableFunction(string name) => Stable(name) && _moduleBindings.GetValueOrDefault(name) == 1;

    /// <summary>A builtin the module never binds and no code can replace.</summary>
    public bool IsBuiltin(string name) => Stable(name) && !_moduleBindings.ContainsKey(name);

    /// <summary>
    /// The names this module's proofs relied on being stable. A module lowered without the rest of the program
    /// (a shipped library module compiled once for every program, see Lowering/ProgramLowerer) stays valid in
    /// a program whose code is not reflective, replaces no <c>sys.modules</c> entry, and stores no attribute of
    /// these names.
    /// </summary>
    public HashSet<string> Relied { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// A module-level name bound once (by an import, for <see cref="NativeImports"/>) and never rebound anywhere, in a
    /// program that never stores into <c>sys.modules</c> (which would change what a later import binds).
    /// </summary>
    public bool IsStableImport(string name) => IsStableFunction(name) && !_modulesReplaced;

    /// <summary>
    /// No code of the program stores or deletes an attribute named <paramref name="name"/> on any object (nor can it
    /// reflectively): a native module's attribute and a native object's method of that name are the runtime's.
    /// </summary>
    public bool IsStableAttribute(string name) => Relies(name, !_reflective && !_storedAttributes.Contains(name));

    private bool Stable(string name) => Relies(name, !_reflective && !_importStar && !_storedAttributes.Contains(name));

    private bool Relies(string name, bool stable)
    {
        if (stable)
        {
            Relied.Add(name);
        }

        return stable;
    }

    /// <summary>
    /// What the stability proof sees of <paramref name="program"/>: reflective code, the attribute names it stores,
    /// and whether it replaces <c>sys.modules</c> entries.
    /// </summary>
    public static (bool Reflective, IReadOnlySet<string> StoredAttributes, bool ModulesReplaced) Scan(IEnumerable<Module> program)
    {
        var scan = new ProgramScan();
        foreach (var tree in program)
        {
            tree.Accept(scan);
        }

        return (scan.Reflective, scan.StoredAttributes, scan.ModulesReplaced);
    }

    /// <summary>Scans every module for reflective access and attribute stores.</summary>
    private sealed class ProgramScan : AstVisitor
    {
        public bool Reflective { get; private set; }

        public HashSet<string> StoredAttributes { get; } = new(StringComparer.Ordinal);

        /// <summary>
        /// Code that may put another object in <c>sys.modules</c>: any use of an attribute <c>modules</c> other than an
        /// item read, <c>in</c>, or a reading method (an alias of the dict could be written through later).
        /// </summary>
        public bool ModulesReplaced { get; private set; }

        private readonly HashSet<Attribute> _modulesReads = new(ReferenceEqualityComparer.Instance);

        public override void VisitSubscript(Subscript node)
        {
            if (node.Ctx == ExprContext.Load && node.Value is Attribute { Attr: "modules" } read)
            {
                _modulesReads.Add(read);
            }

            DefaultVisit(node);
        }

        public override void VisitCall(Call node)
        {
            if (node.Func is Attribute { Attr: "get" or "keys" or "values" or "items" or "copy", Value: Attribute { Attr: "modules" } read })
            {
                _modulesReads.Add(read);
            }

            Reflective |= NamesReflectiveAttribute(node);
            DefaultVisit(node);
        }

        /// <summary>
        /// A string naming a reflective function where it is used as an attribute name: <c>getattr(b, "setattr")</c>,
        /// <c>attrgetter("__dict__")</c>, <c>methodcaller("eval", ...)</c>. The same word as a label, a dict key or
        /// a command name (<c>choices=["compile", "eval"]</c>) reaches nothing.
        /// </summary>
        private static bool NamesReflectiveAttribute(Call call)
        {
            var callee = call.Func switch
            {
                Name n => n.Id,
                Attribute a => a.Attr,
                _ => null,
            };
            return callee switch
            {
                "getattr" => call.Args.Count >= 2 && IsReflectiveString(call.Args[1]),
                "attrgetter" or "methodcaller" => call.Args.Any(IsReflectiveString),
                _ => false,
            };
        }

        private static bool IsReflectiveString(Expr e) => e is Constant { Value: string s } && s_reflective.Contains(s);

        public override void VisitCompare(Compare node)
        {
            for (var i = 0; i < node.Ops.Count; i++)
            {
                if (node.Ops[i] is CompareOperator.In or CompareOperator.NotIn && node.Comparators[i] is Attribute { Attr: "modules" } read)
                {
                    _modulesReads.Add(read);
                }
            }

            DefaultVisit(node);
        }

        public override void VisitName(Name node)
        {
            Reflective |= s_reflective.Contains(node.Id);
        }

        public override void VisitAttribute(Attribute node)
        {
            Reflective |= s_reflective.Contains(node.Attr);
            ModulesReplaced |= node.Attr == "modules" && !_modulesReads.Contains(node);
            if (node.Ctx != ExprContext.Load)
            {
                StoredAttributes.Add(node.Attr);
            }

            DefaultVisit(node);
        }

        public override void VisitImport(Import node)
        {
            foreach (var alias in node.Names)
            {
                Reflective |= s_reflective.Contains(alias.Name.Split('.')[0]) || (alias.Asname is { } a && s_reflective.Contains(a));
            }
        }

        public override void VisitImportFrom(ImportFrom node)
        {
            Reflective |= node.Module is { } m && s_reflective.Contains(m.Split('.')[0]);
            foreach (var alias in node.Names)
            {
                Reflective |= s_reflective.Contains(alias.Name);
                ModulesReplaced |= alias.Name == "modules";
            }
        }
    }

    /// <summary>Counts the bindings of each name in the module's own scope (function and class bodies skipped).</summary>
    private sealed class ModuleBindingCounter : AstVisitor
    {
        public Dictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);

        public bool ImportStar { get; private set; }

        public void Add(string name, int count = 1) => Counts[name] = Counts.GetValueOrDefault(name) + count;

        public override void VisitName(Name node)
        {
            if (node.Ctx != ExprContext.Load)
            {
                Add(node.Id, node.Ctx == ExprContext.Del ? 2 : 1);
            }
        }

        public override void VisitFunctionDef(FunctionDef node)
        {
            Add(node.Name);
            VisitHeader(node.DecoratorList, node.Args);
        }

        public override void VisitAsyncFunctionDef(AsyncFunctionDef node)
        {
            Add(node.Name);
            VisitHeader(node.DecoratorList, node.Args);
        }

        public override void VisitLambda(Lambda node) => VisitHeader([], node.Args);

        public override void VisitClassDef(ClassDef node)
        {
            Add(node.Name);
            foreach (var e in node.DecoratorList.Concat(node.Bases))
            {
                e.Accept(this);
            }

            foreach (var k in node.Keywords)
            {
                k.Value.Accept(this);
            }
        }

        public override void VisitImport(Import node)
        {
            foreach (var alias in node.Names)
            {
                Add(alias.Asname ?? alias.Name.Split('.')[0]);
            }
        }

        public override void VisitImportFrom(ImportFrom node)
        {
            foreach (var alias in node.Names)
            {
                if (alias.Name == "*")
                {
                    ImportStar = true;
                }
                else
                {
                    Add(alias.Asname ?? alias.Name);
                }
            }
        }

        public override void VisitExceptHandler(ExceptHandler node)
        {
            if (node.Name is { } name)
            {
                Add(name, 2);
            }

            DefaultVisit(node);
        }

        public override void VisitMatchAs(MatchAs node)
        {
            if (node.Name is { } name)
            {
                Add(name, 2);
            }

            DefaultVisit(node);
        }

        public override void VisitMatchStar(MatchStar node)
        {
            if (node.Name is { } name)
            {
                Add(name, 2);
            }
        }

        public override void VisitMatchMapping(MatchMapping node)
        {
            if (node.Rest is { } name)
            {
                Add(name, 2);
            }

            DefaultVisit(node);
        }

        private void VisitHeader(IReadOnlyList<Expr> decorators, Arguments args)
        {
            foreach (var e in decorators.Concat(args.Defaults))
            {
                e.Accept(this);
            }

            foreach (var e in args.KwDefaults)
            {
                e?.Accept(this);
            }
        }
    }
}
