using Portalis.Syntax.Ast;

namespace Portalis.Compiler.Typing;

/// <summary>
/// A conservative definite-assignment analysis over a function's own statements: it records every tracked
/// local that some read may see unbound. Unboxed locals have no "unbound" state, so only locals that pass
/// this check can be unboxed (the others keep the dynamic path's UnboundLocalError check). Loops, try,
/// with and match bodies may not run or may stop anywhere, so what they assign is not counted after them;
/// an if counts what both arms assign; a block ending in return, raise, break or continue assigns
/// everything (its end is never reached).
/// </summary>
internal sealed class DefiniteAssignment(HashSet<string> tracked)
{
    public HashSet<string> Failed { get; } = new(StringComparer.Ordinal);

    /// <summary>Walks a block from the set assigned before it; returns the set after it, or null if its end is unreachable.</summary>
    public HashSet<string>? Block(IReadOnlyList<Stmt> body, HashSet<string> assigned)
    {
        HashSet<string>? current = new(assigned, StringComparer.Ordinal);
        foreach (var statement in body)
        {
            if (current is null)
            {
                // Unreachable code: nothing it reads can fail at run time, but stay conservative.
                current = new HashSet<string>(assigned, StringComparer.Ordinal);
            }

            current = Statement(statement, current);
        }

        return current;
    }

    private HashSet<string>? Statement(Stmt statement, HashSet<string> a)
    {
        switch (statement)
        {
            case ExprStmt e:
                Read(e.Value, a);
                return a;
            case Assign s:
                Read(s.Value, a);
                foreach (var t in s.Targets)
                {
                    Store(t, a);
                }

                return a;
            case AugAssign s:
                Read(s.Value, a);
                if (s.Target is Name n)
                {
                    Check(n.Id, a);
                }
                else
                {
                    Store(s.Target, a);
                }

                return a;
            case AnnAssign s:
                if (s.Value is not null)
                {
                    Read(s.Value, a);
                    Store(s.Target, a);
                }

                return a;
            case For f:
                Read(f.Iter, a);
                var inner = new HashSet<string>(a, StringComparer.Ordinal);
                Store(f.Target, inner);
                Block(f.Body, inner);
                Block(f.Orelse, a);
                return a;
            case While w:
                Read(w.Test, a);
                Block(w.Body, a);
                Block(w.Orelse, a);
                return a;
            case If i:
                Read(i.Test, a);
                var body = Block(i.Body, a);
                var orelse = Block(i.Orelse, a);
                if (body is null)
                {
                    return orelse;
                }

                if (orelse is null)
                {
                    return body;
                }

                body.IntersectWith(orelse);
                return body;
            case Return r:
                ReadOptional(r.Value, a);
                return null;
            case Raise r:
                ReadOptional(r.Exc, a);
                ReadOptional(r.Cause, a);
                return null;
            case Break or Continue:
                return null;
            case Try t:
                Block(t.Body, a);
                foreach (var h in t.Handlers)
                {
                    ReadOptional(h.Type, a);
                    Block(h.Body, a);
                }

                Block(t.Orelse, a);
                return Block(t.Finalbody, a) ?? a;
            case With w:
                foreach (var item in w.Items)
                {
                    Read(item.ContextExpr, a);
                }

                Block(w.Body, a);
                return a;
            case Match m:
                Read(m.Subject, a);
                foreach (var c in m.Cases)
                {
                    ReadOptional(c.Guard, a);
                    Block(c.Body, a);
                }

                return a;
            case Assert s:
                Read(s.Test, a);
                ReadOptional(s.Msg, a);
                return a;
            case Delete d:
                foreach (var t in d.Targets)
                {
                    Read(t, a);
                }

                return a;
            default:
                // Definitions, imports, global/nonlocal, pass: their reads (decorators, defaults) of tracked
                // locals are checked; they bind no tracked local.
                Read(statement, a);
                return a;
        }
    }

    private void Store(Expr target, HashSet<string> a)
    {
        switch (target)
        {
            case Name n:
                a.Add(n.Id);
                break;
            case Syntax.Ast.Tuple t:
                t.Elts.ToList().ForEach(e => Store(e, a));
                break;
            case List l:
                l.Elts.ToList().ForEach(e => Store(e, a));
                break;
            case Starred s:
                Store(s.Value, a);
                break;
            default:
                Read(target, a);
                break;
        }
    }

    private void Check(string name, HashSet<string> a)
    {
        if (tracked.Contains(name) && !a.Contains(name))
        {
            Failed.Add(name);
        }
    }

    private void ReadOptional(Node? node, HashSet<string> a)
    {
        if (node is not null)
        {
            Read(node, a);
        }
    }

    private void Read(Node node, HashSet<string> a)
    {
        var reads = new Reads(this, a);
        node.Accept(reads);
    }

    /// <summary>Every load of a tracked name in the function's own scope (nested scopes cannot see unboxed locals).</summary>
    private sealed class Reads(DefiniteAssignment owner, HashSet<string> assigned) : AstVisitor
    {
        public override void VisitName(Name node)
        {
            if (node.Ctx == ExprContext.Load)
            {
                owner.Check(node.Id, assigned);
            }
        }

        public override void VisitFunctionDef(FunctionDef node)
        {
            foreach (var e in node.DecoratorList.Concat(node.Args.Defaults))
            {
                e.Accept(this);
            }
        }

        public override void VisitClassDef(ClassDef node)
        {
            foreach (var e in node.DecoratorList.Concat(node.Bases))
            {
                e.Accept(this);
            }
        }

        public override void VisitLambda(Lambda node)
        {
            foreach (var e in node.Args.Defaults)
            {
                e.Accept(this);
            }
        }

        public override void VisitListComp(ListComp node) => node.Generators[0].Iter.Accept(this);

        public override void VisitSetComp(SetComp node) => node.Generators[0].Iter.Accept(this);

        public override void VisitDictComp(DictComp node) => node.Generators[0].Iter.Accept(this);

        public override void VisitGeneratorExp(GeneratorExp node) => node.Generators[0].Iter.Accept(this);
    }
}
