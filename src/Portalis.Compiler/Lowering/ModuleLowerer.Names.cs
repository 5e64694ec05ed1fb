using Portalis.Compiler.Binding;
using Portalis.Syntax.Ast;

namespace Portalis.Compiler.Lowering;

internal sealed partial class ModuleLowerer
{
    /// <summary>A read of <paramref name="name"/> in the current scope.</summary>
    private string LoadName(string name)
    {
        if (name == "__class__" && _class is null && _fn.Scope.IsFunctionLike)
        {
            return ClassCellFor(_fn.Scope) ?? $"{GlobalField(name)}.Get()";
        }

        if (name == "__debug__")
        {
            return "PyEmit.True";
        }

        if (TryLoadUnboxed(name) is { } unboxed)
        {
            return unboxed;
        }

        var scope = CurrentScope;
        var resolution = scope.Resolve(name);
        if (_class is not null)
        {
            var ns = _class.NamespaceVar;
            if ((scope.Flags(name) & SymbolFlags.DeclaredGlobal) != 0)
            {
                return $"{GlobalField(name)}.Get()";
            }

            return resolution == NameResolution.Free
                ? $"PyEmit.ClassLoadOr({ns}, {CSharpNames.StringLiteral(Mangle(name))}, {LocalName(name)})"
                : $"PyOps.ClassLoad({ns}, {CSharpNames.StringLiteral(Mangle(name))}, {GlobalField(name)})";
        }

        return resolution switch
        {
            NameResolution.Local => scope.NeedsUnboundCheck(name) && !IsDefinitelyAssigned(name)
                ? $"PyUnbound.CheckLocal({LocalName(name)}, {CSharpNames.StringLiteral(name)})"
                : LocalName(name),
            NameResolution.Free => $"PyUnbound.CheckFree({LocalName(name)}, {CSharpNames.StringLiteral(name)})",
            _ => $"{GlobalField(name)}.Get()",
        };
    }

    /// <summary>A local of the function being written that every read finds bound (FunctionTypes.AssignedLocals).</summary>
    private bool IsDefinitelyAssigned(string name) =>
        _class is null && ReferenceEquals(CurrentScope, _fn.Scope) && Types.AssignedLocals.Contains(name);

    /// <summary>The C# statement that binds <paramref name="name"/> to the C# expression <paramref name="value"/>.</summary>
    private string StoreNameStatement(string name, string value)
    {
        if (TryStoreUnboxed(name, value) is { } unboxed)
        {
            return unboxed;
        }

        var scope = CurrentScope;
        if (_class is not null)
        {
            var flags = scope.Flags(name);
            if ((flags & SymbolFlags.DeclaredGlobal) != 0)
            {
                return $"{GlobalField(name)}.Value = {value};";
            }

            if ((flags & SymbolFlags.DeclaredNonlocal) != 0)
            {
                return $"{LocalName(name)} = {value};";
            }

            // The namespace key is the mangled name (`def __helper` in class C binds `_C__helper`).
            return $"{_class.NamespaceVar}.SetItem({CSharpNames.StringLiteral(Mangle(name))}, {value});";
        }

        return scope.Resolve(name) switch
        {
            NameResolution.Local or NameResolution.Free => $"{LocalName(name)} = {value};",
            _ => $"{GlobalField(name)}.Value = {value};",
        };
    }

    /// <summary>An assignment expression for <c>:=</c> (its value is the assigned value).</summary>
    private string StoreNameExpression(string name, string value)
    {
        // PEP 572 targets bind in the enclosing function (or module) scope, never in a class body.
        var scope = _fn.Scope;
        var resolution = scope.Resolve(name);
        if (scope.Kind == ScopeKind.Comprehension)
        {
            // The comprehension declared the name nonlocal (or global when the enclosing scope is the module).
            resolution = (scope.Flags(name) & SymbolFlags.DeclaredGlobal) != 0 ? NameResolution.Global : NameResolution.Free;
        }

        return resolution is NameResolution.Local or NameResolution.Free
            ? $"({LocalName(name)} = {value})"
            : $"({GlobalField(name)}.Value = {value})";
    }

    private string DeleteNameStatement(string name)
    {
        var scope = CurrentScope;
        if (_class is not null)
        {
            return $"PyEmit.ClassDelete({_class.NamespaceVar}, {CSharpNames.StringLiteral(Mangle(name))});";
        }

        return scope.Resolve(name) switch
        {
            NameResolution.Local or NameResolution.Free => $"{LocalName(name)} = PyEmit.DeleteLocal({LocalName(name)}, {CSharpNames.StringLiteral(name)});",
            _ => $"{GlobalField(name)}.Delete();",
        };
    }

    /// <summary>The C# expression of the class cell (<c>__class__</c>) a function scope can see, if any.</summary>
    private string? ClassCellFor(Scope scope)
    {
        for (var s = scope.Parent; s is not null; s = s.Parent)
        {
            if (s.Kind == ScopeKind.Class)
            {
                return _classCells.TryGetValue(s, out var cell) ? cell : null;
            }
        }

        return null;
    }

    /// <summary>True when the class scope has a method (at any depth, not through another class) that uses <c>super</c>/<c>__class__</c>.</summary>
    private static bool ClassNeedsCell(Scope classScope)
    {
        static bool Any(Scope s)
        {
            foreach (var child in s.Children)
            {
                if (child.Kind == ScopeKind.Class)
                {
                    continue;
                }

                if (child.NeedsClassCell || Any(child))
                {
                    return true;
                }
            }

            return false;
        }

        return Any(classScope);
    }

    /// <summary>Functions directly in the module or in module-level class bodies become instance methods.</summary>
    private static bool IsTopLevel(Scope scope)
    {
        for (var s = scope.Parent; s is not null; s = s.Parent)
        {
            if (s.Kind == ScopeKind.Module)
            {
                return true;
            }

            if (s.Kind != ScopeKind.Class)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>CPython's private name mangling (<c>__x</c> inside class <c>C</c> is <c>_C__x</c>; Python/compile.c, <c>_Py_Mangle</c>).</summary>
    private string Mangle(string name)
    {
        if (!name.StartsWith("__", StringComparison.Ordinal) || name.EndsWith("__", StringComparison.Ordinal) || name.Contains('.'))
        {
            return name;
        }

        string? className = null;
        for (var s = CurrentScope; s is not null; s = s.Parent)
        {
            if (s.Kind == ScopeKind.Class)
            {
                className = s.Name;
                break;
            }
        }

        if (className is null)
        {
            return name;
        }

        var stripped = className.TrimStart('_');
        return stripped.Length == 0 ? name : "_" + stripped + name;
    }
}
