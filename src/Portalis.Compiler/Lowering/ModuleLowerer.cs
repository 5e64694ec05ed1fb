using System.Globalization;
using System.Numerics;
using Portalis.Compiler.Binding;
using Portalis.Syntax.Ast;
using Portalis.Syntax.Diagnostics;

namespace Portalis.Compiler.Lowering;

/// <summary>
/// Lowers one bound Python module to one C# class (docs/EMISSION.md): a sealed class per module whose
/// instance holds the module's global cells; module-level functions and the methods of module-level classes
/// are instance methods, nested functions are local functions, class bodies run inline.
/// </summary>
internal sealed partial class ModuleLowerer
{
    private readonly SourceModule _module;
    private readonly BoundModule _bound;
    private readonly TranslationOptions _options;
    private readonly List<Diagnostic> _diagnostics;
    private readonly CSharpWriter _fields = new();
    private readonly CSharpWriter _methods = new();
    private readonly CSharpWriter _statics = new();
    private readonly Dictionary<string, string> _constants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _globals = new(StringComparer.Ordinal);
    private readonly Dictionary<Scope, string> _classCells = new(ReferenceEqualityComparer.Instance);
    private int _counter;
    private FunctionContext _fn = null!;
    private IReadOnlyList<Module> _program = [];
    private IReadOnlySet<string> _sourceModules = new HashSet<string>(StringComparer.Ordinal);
    private ClassContext? _class;
    private readonly CFunctionFrames _cFrames;
    private readonly ConstantSets _constantSets;

    private ModuleLowerer(SourceModule module, TranslationOptions options, List<Diagnostic> diagnostics)
    {
        _module = module;
        _options = options;
        _diagnostics = diagnostics;
        _bound = Binder.Bind(module.Tree);
        _cFrames = CFunctionFrames.Of(module.Tree);
        _constantSets = ConstantSets.Analyze(module.Tree);
        ClassName = "Module_" + CSharpNames.Identifier(module.Name.Replace('.', '_'));
    }

    /// <summary>The generated class's name.</summary>
    public string ClassName { get; }

    public static GeneratedSource Lower(SourceModule module, TranslationOptions options, List<Diagnostic> diagnostics, out string className) =>
        Lower(module, [module.Tree], options, diagnostics, out className);

    /// <summary>
    /// Lowers one module of <paramref name="program"/> (every module's tree: the type inference's stability proof is
    /// whole-program); <paramref name="sourceModules"/> names the program's modules (they shadow native modules).
    /// </summary>
    public static GeneratedSource Lower(
        SourceModule module, IReadOnlyList<Module> program, TranslationOptions options, List<Diagnostic> diagnostics, out string className, IReadOnlySet<string>? sourceModules = null) =>
        Lower(module, program, options, diagnostics, out className, out _, sourceModules);

    /// <summary>
    /// <see cref="Lower(SourceModule, IReadOnlyList{Module}, TranslationOptions, List{Diagnostic}, out string, IReadOnlySet{string}?)"/>,
    /// also giving the names whose stability the module's typing relied on (<see cref="Typing.StableNames.Relied"/>).
    /// </summary>
    public static GeneratedSource Lower(
        SourceModule module, IReadOnlyList<Module> program, TranslationOptions options, List<Diagnostic> diagnostics, out string className,
        out IReadOnlySet<string> relied, IReadOnlySet<string>? sourceModules)
    {
        var lowerer = new ModuleLowerer(module, options, diagnostics) { _program = program, _sourceModules = sourceModules ?? new HashSet<string>(StringComparer.Ordinal) { module.Name } };
        className = lowerer.ClassName;
        var source = new GeneratedSource(lowerer.ClassName + ".g.cs", lowerer.LowerModule());
        relied = lowerer._typing.Stable.Relied;
        return source;
    }

    private CSharpWriter W => _fn.Writer;

    private Scope CurrentScope => _class?.Scope ?? _fn.Scope;

    private bool _futureAnnotations;

    private string LowerModule()
    {
        var body = new CSharpWriter();
        _fn = new FunctionContext(_bound.Root, body, null);
        PlanDirectCalls();
        RunTyping(_program);
        _futureAnnotations = _module.Tree.Body.Any(s => s is ImportFrom { Module: "__future__" } f && f.Names.Any(a => a.Name == "annotations"));
        foreach (var (start, message) in CompileWarnings.Find(_module.Tree))
        {
            var line = _module.Text.GetPosition(start).Line.ToString(CultureInfo.InvariantCulture);
            body.Line($"PyEmit.CompileWarning(__module, {line}, {CSharpNames.StringLiteral(message)});");
        }

        if (ModuleAnnotations.Any(_module.Tree.Body))
        {
            // Python/compile.c, SETUP_ANNOTATIONS: a module whose body annotates a name starts with an empty __annotations__.
            body.Line("__module.Set(\"__annotations__\", new PyDict());");
        }

        // Python/compile.c, compiler_body: a module's docstring is stored in __doc__ (None without one).
        var doc = _module.Tree.Body.Count > 0 && _module.Tree.Body[0] is ExprStmt { Value: Syntax.Ast.Constant { Value: string text } }
            ? CSharpNames.StringLiteral(text)
            : "null";
        body.Line($"__module.Set(\"__doc__\", {doc});");
        EmitStatements(_module.Tree.Body);

        var file = new CSharpWriter();
        file.Line("// <auto-generated> Translated by Portalis from " + _module.Path.Replace('\n', ' ') + " </auto-generated>");
        file.Line("#nullable enable");
        file.Line("#pragma warning disable");
        file.Line("using System;");
        file.Line("using System.Numerics;");
        file.Line("using System.Runtime.CompilerServices;");
        file.Line("using System.Threading.Tasks;");
        file.Line("using Portalis.Runtime;");
        file.Line();
        file.Line($"namespace {_options.Namespace};");
        file.Line();
        file.Open($"public sealed class {ClassName}");
        file.Append(_statics);
        file.Line("private readonly PyModule __module;");
        file.Append(_fields);
        file.Line();
        file.Open($"public {ClassName}(PyModule module)");
        file.Line("__module = module;");
        foreach (var (name, field) in _globals)
        {
            file.Line($"{field} = module.Global({CSharpNames.StringLiteral(name)});");
        }

        file.Close();
        file.Line();
        file.Line("[PyFrame(\"<module>\")]");
        file.Line("[MethodImpl(MethodImplOptions.NoInlining)]");
        file.Open("public void Execute()");
        DeclareTemps(file, _fn);
        file.Append(body);
        file.Directive("#line default");
        file.Close();
        file.Append(_methods);
        file.Directive("#line hidden");
        file.Append(_stubs);
        file.Close();
        return file.ToString();
    }

    private static void DeclareTemps(CSharpWriter writer, FunctionContext fn)
    {
        if (fn.Temps.Count > 0)
        {
            writer.Line("object? " + string.Join(", ", fn.Temps.Select(t => t + " = null")) + ";");
        }
    }

    private string NewId(string prefix) => prefix + (++_counter).ToString(CultureInfo.InvariantCulture);

    private string NewTemp()
    {
        var name = NewId("t");
        _fn.Temps.Add(name);
        return name;
    }

    /// <summary>The instance field holding the cell of a module-level name.</summary>
    private string GlobalField(string name)
    {
        if (!_globals.TryGetValue(name, out var field))
        {
            field = "g_" + CSharpNames.Identifier(name);
            _globals[name] = field;
            _fields.Line($"private readonly PyGlobal {field};");
        }

        return field;
    }

    /// <summary>
    /// A static field holding the inline cache of one attribute access (<c>AttrSite</c>): one per access, not
    /// shared, so each site learns the classes that reach it.
    /// </summary>
    private string AttrSite(string attr)
    {
        var field = NewId("a");
        _statics.Line($"private static readonly AttrSite {field} = new AttrSite({CSharpNames.StringLiteral(Mangle(attr))});");
        return field;
    }

    /// <summary>A static field holding a constant, shared by every use (boxing once).</summary>
    private string Constant(string key, string type, string initializer)
    {
        if (!_constants.TryGetValue(key, out var field))
        {
            field = NewId("k");
            _constants[key] = field;
            _statics.Line($"private static readonly {type} {field} = {initializer};");
        }

        return field;
    }

    private void Line(Node node)
    {
        if (!_options.EmitLineDirectives)
        {
            return;
        }

        var line = _module.Text.GetPosition(node.Span.Start).Line;
        W.LineDirective = $"#line {line.ToString(CultureInfo.InvariantCulture)} {CSharpNames.StringLiteral(_module.Path)}";
    }

    /// <summary>The 1-based Python line a node starts on, as C# source (for the raising helpers).</summary>
    private string PythonLine(Node node) => _module.Text.GetPosition(node.Span.Start).Line.ToString(CultureInfo.InvariantCulture);

    private void Unsupported(Node node, string what)
    {
        _diagnostics.Add(new Diagnostic("PT1001", "NotImplementedError", what + " is not supported by Portalis yet", _module.Text, node.Span));
    }

    private static string LocalName(string name) => "l_" + CSharpNames.Identifier(name);

    private string ConstantExpression(object? value, Node node)
    {
        switch (value)
        {
            case null:
                return "(object?)null";
            case bool b:
                return b ? "PyEmit.True" : "PyEmit.False";
            case long l:
                return Constant("i" + l.ToString(CultureInfo.InvariantCulture), "object", l.ToString(CultureInfo.InvariantCulture) + "L");
            case int i:
                return Constant("i" + i.ToString(CultureInfo.InvariantCulture), "object", i.ToString(CultureInfo.InvariantCulture) + "L");
            case BigInteger big:
                return Constant("b" + big.ToString(CultureInfo.InvariantCulture), "object", $"BigInteger.Parse(\"{big.ToString(CultureInfo.InvariantCulture)}\", System.Globalization.CultureInfo.InvariantCulture)");
            case double d:
                var bits = BitConverter.DoubleToInt64Bits(d);
                return Constant("d" + bits.ToString(CultureInfo.InvariantCulture), "object", $"BitConverter.Int64BitsToDouble({bits.ToString(CultureInfo.InvariantCulture)}L)");
            case Complex c:
                var re = BitConverter.DoubleToInt64Bits(c.Real);
                var im = BitConverter.DoubleToInt64Bits(c.Imaginary);
                return Constant($"c{re}_{im}", "object", $"new Complex(BitConverter.Int64BitsToDouble({re}L), BitConverter.Int64BitsToDouble({im}L))");
            case string s:
                return CSharpNames.StringLiteral(s);
            case byte[] bytes:
                return Constant("y" + Convert.ToHexString(bytes), "object", "new PyBytes(new byte[] { " + string.Join(", ", bytes.Select(x => x.ToString(CultureInfo.InvariantCulture))) + " })");
            case EllipsisValue:
                return "PyEllipsis.Value";
            default:
                Unsupported(node, "this constant");
                return "null";
        }
    }
}
