using Portalis.Syntax.Ast;

namespace Portalis.Compiler.Lowering;

/// <summary>
/// The set displays that CPython 3.11 compiles to frozenset constants, which changes their iteration order. A display
/// of three or more constants (Python/compile.c, <c>starunpack_helper</c>) is <c>BUILD_SET 0</c> and <c>SET_UPDATE</c>
/// of a frozenset; a display of constants that is iterated by <c>for</c> or a comprehension, or is the right operand
/// of <c>in</c>, becomes a frozenset constant outright (Python/ast_opt.c, <c>fold_iter</c>). The frozenset is built
/// from the elements in source order, then rebuilt from its own iteration order when the compiler merges it into the
/// module's constants (<c>merge_consts_recursive</c>), and an equal constant met earlier in the module (same element
/// keys) is reused as it is, with its order. This walk visits a module in the compiler's order to find, for each such
/// display, the display whose constant it ends up using.
/// </summary>
internal sealed class ConstantSets : AstVisitor
{
    private readonly Dictionary<Set, Entry> _entries = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, Set> _first = new(StringComparer.Ordinal);
    private readonly HashSet<Set> _foldIter = new(ReferenceEqualityComparer.Instance);

    private ConstantSets()
    {
    }

    /// <summary>A display compiled to a frozenset constant: the display whose elements (in source order) build it.</summary>
    /// <param name="Source">The first display in the module with the same constant key.</param>
    /// <param name="Key">The constant's key, the same for displays sharing one constant.</param>
    /// <param name="IsFrozenSet">True when the display itself is the frozenset (fold_iter); false for a new set built from it.</param>
    public sealed record Entry(Set Source, string Key, bool IsFrozenSet);

    /// <summary>Finds the constant set displays of <paramref name="module"/>.</summary>
    public static ConstantSets Analyze(Module module)
    {
        var sets = new ConstantSets();
        module.Accept(sets);
        return sets;
    }

    /// <summary>The constant <paramref name="display"/> is compiled to, or null for a display built item by item.</summary>
    public Entry? Find(Set display) => _entries.GetValueOrDefault(display);

    /// <inheritdoc/>
    public override void VisitSet(Set node)
    {
        var foldIter = _foldIter.Contains(node);
        if (foldIter || node.Elts.Count > 2)
        {
            var keys = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var elt in node.Elts)
            {
                if (ConstantFolder.Fold(elt) is not { } folded)
                {
                    keys = null;
                    break;
                }

                keys.Add(folded.Key);
            }

            if (keys is not null)
            {
                // _PyCode_ConstantKey of a frozenset: the frozenset of its items' keys.
                var key = string.Join("\u0001", keys.Select(k => k.Length + ":" + k));
                var source = _first.TryAdd(key, node) ? node : _first[key];
                _entries[node] = new Entry(source, key, foldIter);
            }
        }

        DefaultVisit(node);
    }

    /// <inheritdoc/>
    public override void VisitFor(For node)
    {
        MarkFoldIter(node.Iter);
        DefaultVisit(node);
    }

    /// <inheritdoc/>
    public override void VisitCompare(Compare node)
    {
        // fold_compare: only the last comparison's operand.
        if (node.Ops[^1] is CompareOperator.In or CompareOperator.NotIn)
        {
            MarkFoldIter(node.Comparators[^1]);
        }

        DefaultVisit(node);
    }

    /// <inheritdoc/>
    public override void VisitFunctionDef(FunctionDef node)
    {
        // compiler_function: decorators, defaults and annotations, then the body.
        VisitAll(node.DecoratorList);
        node.Args.Accept(this);
        node.Returns?.Accept(this);
        VisitAll(node.Body);
    }

    /// <inheritdoc/>
    public override void VisitAsyncFunctionDef(AsyncFunctionDef node)
    {
        VisitAll(node.DecoratorList);
        node.Args.Accept(this);
        node.Returns?.Accept(this);
        VisitAll(node.Body);
    }

    /// <inheritdoc/>
    public override void VisitClassDef(ClassDef node)
    {
        // compiler_class: decorators, the body's code object, then the bases and keywords.
        VisitAll(node.DecoratorList);
        VisitAll(node.Body);
        VisitAll(node.Bases);
        foreach (var keyword in node.Keywords)
        {
            keyword.Accept(this);
        }
    }

    /// <inheritdoc/>
    public override void VisitListComp(ListComp node) => Comprehension(node.Generators, node.Elt);

    /// <inheritdoc/>
    public override void VisitSetComp(SetComp node) => Comprehension(node.Generators, node.Elt);

    /// <inheritdoc/>
    public override void VisitGeneratorExp(GeneratorExp node) => Comprehension(node.Generators, node.Elt);

    /// <inheritdoc/>
    public override void VisitDictComp(DictComp node) => Comprehension(node.Generators, node.Key, node.Value);

    // compiler_comprehension: the code object (targets, conditions, inner iterables, element) is compiled
    // before the outermost iterable, which the enclosing scope evaluates.
    private void Comprehension(IReadOnlyList<Comprehension> generators, params Expr[] elements)
    {
        foreach (var generator in generators)
        {
            MarkFoldIter(generator.Iter);
        }

        for (var i = 0; i < generators.Count; i++)
        {
            if (i > 0)
            {
                generators[i].Iter.Accept(this);
            }

            generators[i].Target.Accept(this);
            VisitAll(generators[i].Ifs);
        }

        VisitAll(elements);
        generators[0].Iter.Accept(this);
    }

    private void MarkFoldIter(Expr iterable)
    {
        if (iterable is Set set)
        {
            _foldIter.Add(set);
        }
    }

    private void VisitAll(IEnumerable<Node> nodes)
    {
        foreach (var node in nodes)
        {
            node.Accept(this);
        }
    }
}
