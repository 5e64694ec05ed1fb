using Portalis.Compiler.Binding;
using Portalis.Compiler.Typing;
using Portalis.Syntax.Ast;
using CompareOperator = Portalis.Syntax.Ast.CompareOperator;

namespace Portalis.Compiler.Lowering;

// Local arrays (docs/EMISSION.md, "Local arrays"). A function-local list that never leaves its frame
// (FunctionTypes.Arrays, found by Typing/LocalArrays and the inference) is a C# array: of the unboxed element type
// (PyIntValue[], double[], bool[]) when every element is proven one of those, else object?[]. Its uses are exactly the ones the analysis
// admits (x[i], x[i] = v, x[i] op= v, len(x), for v in x, v in x, a counting sum over it); any other read of the
// name would be a translator bug, and TryLoadUnboxed stops it.
internal sealed partial class ModuleLowerer
{
    private bool IsArrayLocal(string name, out InferredType element)
    {
        element = InferredType.Dynamic;
        return _class is null && ReferenceEquals(CurrentScope, _fn.Scope) && CurrentScope.Resolve(name) == NameResolution.Local
            && Types.Arrays.TryGetValue(name, out element);
    }

    /// <summary>An array element target or read: <c>x[i]</c> with <c>x</c> an array local.</summary>
    private bool IsArrayElement(Expr expr, out Subscript subscript, out InferredType element)
    {
        element = InferredType.Dynamic;
        subscript = null!;
        if (expr is Subscript { Value: Name name } s && IsArrayLocal(name.Id, out element))
        {
            subscript = s;
            return true;
        }

        return false;
    }

    private static string ArrayType(InferredType element) => element.CSharpType() + "[]";

    private static InvalidOperationException ArrayEscaped(string name) =>
        new($"the local array '{name}' is used in a way the analysis does not admit");

    /// <summary>The C# array and index of <c>x[i]</c>.</summary>
    private string ArrayIndex(Subscript s) => $"{LocalName(((Name)s.Value).Id)}, {Typed(s.Slice, InferredType.Int)}";

    /// <summary><c>x = [e, ...]</c>, <c>x = [e, ...] * n</c>, <c>x = n * [e, ...]</c>, and stores into elements.</summary>
    private bool TryEmitArrayAssign(Assign assign)
    {
        if (_class is not null)
        {
            return false;
        }

        if (assign.Targets is [Name array] && IsArrayLocal(array.Id, out var arrayElement))
        {
            W.Line($"{LocalName(array.Id)} = {ArrayConstruction(assign.Value, arrayElement)};");
            return true;
        }

        if (!assign.Targets.Any(t => IsArrayElement(t, out _, out _)))
        {
            return false;
        }

        // Python evaluates the value first, then each target from left to right.
        var type = TypeOf(assign.Value);
        var temp = NewId("v");
        W.Line(type.IsUnboxed() ? $"var {temp} = {TypedCore(assign.Value)};" : $"object? {temp} = {Expr(assign.Value)};");
        foreach (var target in assign.Targets)
        {
            if (IsArrayElement(target, out var s, out var element))
            {
                W.Line($"PyArrays.Set({ArrayIndex(s)}, {(element.IsUnboxed() ? Coerce(temp, type, element) : Box(temp, type))});");
            }
            else if (target is Name n && IsUnboxedLocal(n.Id, out var localType) && CanCoerce(type, localType))
            {
                W.Line($"{LocalName(n.Id)} = {Coerce(temp, type, localType)};");
            }
            else
            {
                AssignTarget(target, Box(temp, type));
            }
        }

        return true;
    }

    private string ArrayConstruction(Expr value, InferredType element)
    {
        if (value is ListComp)
        {
            // The comprehension runs as it always does; its new list is copied out once, unboxed when its item is a number constant.
            var copy = element switch
            {
                InferredType.Int => "Ints",
                InferredType.Float => "Floats",
                InferredType.Bool => "Bools",
                _ => "Objects",
            };
            return $"PyArrays.{copy}({Expr(value)})";
        }

        var (display, count) = LocalArrays.Parts(value);
        var items = display.Elts.Select(e => element.IsUnboxed() ? Typed(e, element) : Expr(e)).ToList();
        var array = $"new {ArrayType(element)} {{ {string.Join(", ", items)} }}";
        if (count is null)
        {
            return array;
        }

        // Named arguments in source order: C# evaluates them as written, so `n * [e]` evaluates n first.
        var (method, first) = items.Count == 1 ? ("RepeatItem", $"item: {items[0]}") : ("Repeat", $"items: {array}");
        var times = $"count: {Typed(count, InferredType.Int)}";
        return ReferenceEquals(display, ((BinOp)value).Left)
            ? $"PyArrays.{method}({first}, {times})"
            : $"PyArrays.{method}({times}, {first})";
    }

    /// <summary>
    /// <c>x[i] op= v</c>: the element is read (a bad index raises the read's IndexError) before v is evaluated, and
    /// the result stored into the same slot.
    /// </summary>
    private bool TryEmitArrayAugAssign(AugAssign aug)
    {
        if (_class is not null || !IsArrayElement(aug.Target, out var s, out var element))
        {
            return false;
        }

        var slot = NewId("e");
        W.Line($"ref {element.CSharpType()} {slot} = ref PyArrays.Slot({ArrayIndex(s)});");
        if (!element.IsUnboxed())
        {
            W.Line($"{slot} = {TryNumericInPlace(aug.Op, slot, aug.Value) ?? $"PyOps.InPlace({RuntimeBinaryOperator(aug.Op)}, {slot}, {Expr(aug.Value)})"};");
            return true;
        }

        var valueType = TypeOf(aug.Value);
        if (FunctionInference.BinaryType(aug.Op, element, valueType) != element)
        {
            throw new InvalidOperationException("an augmented store into a local array that changes the element type");
        }

        W.Line($"{slot} = {Binary(aug.Op, slot, element, TypedCore(aug.Value), valueType, element)};");
        return true;
    }

    /// <summary>
    /// <c>for v in x</c>: the array's own elements, read as the loop reaches them (a list iterator reads the list
    /// at each step; the length cannot change). Rebinding x in the body does not change what is iterated.
    /// </summary>
    private bool TryEmitArrayFor(For node)
    {
        if (_class is not null || node.Iter is not Name iterable || !IsArrayLocal(iterable.Id, out var element))
        {
            return false;
        }

        var label = node.Orelse.Count > 0 ? NewId("brk") : null;
        var item = NewId("x");
        _fn.Loops.Push(new LoopContext(label, _fn.FinallyDepth));
        W.Open($"foreach (var {item} in {LocalName(iterable.Id)})");
        if (node.Target is Name n && IsUnboxedLocal(n.Id, out var localType) && CanCoerce(element, localType))
        {
            W.Line($"{LocalName(n.Id)} = {Coerce(item, element, localType)};");
        }
        else
        {
            AssignTarget(node.Target, Box(item, element));
        }

        EmitStatements(node.Body);
        W.Close();
        _fn.Loops.Pop();
        EmitLoopElse(node.Orelse, label);
        return true;
    }

    /// <summary><c>x[i]</c> read from a local array (unboxed, or an object for an object array).</summary>
    private string ArrayRead(Subscript s) =>
        IsArrayElement(s, out _, out _) ? $"PyArrays.Get({ArrayIndex(s)})" : throw new InvalidOperationException("no typed lowering for this subscript");

    /// <summary><c>len(x)</c> of a local array, or null.</summary>
    private string? ArrayLength(Expr arg) =>
        arg is Name n && IsArrayLocal(n.Id, out _) ? $"new PyIntValue({LocalName(n.Id)}.Length)" : null;

    /// <summary><c>v in x</c> / <c>v not in x</c> on a local array (never an array of doubles: see FunctionInference), or null.</summary>
    private string? TryArrayContains(Compare c)
    {
        if (c is not { Ops: [CompareOperator.In or CompareOperator.NotIn], Comparators: [Name n] } || !IsArrayLocal(n.Id, out var element))
        {
            return null;
        }

        var type = TypeOf(c.Left);
        var value = !type.IsUnboxed() ? Expr(c.Left) : type == element ? TypedCore(c.Left) : Box(TypedCore(c.Left), type);
        var contains = $"PyArrays.Contains({LocalName(n.Id)}, {value})";
        return c.Ops[0] == CompareOperator.NotIn ? $"!{contains}" : contains;
    }

    /// <summary>The element type of the first iterable of a counting sum when it is a local array.</summary>
    private InferredType? ArrayIterable(Expr iterable) =>
        iterable is Name n && IsArrayLocal(n.Id, out var element) ? element : null;
}
