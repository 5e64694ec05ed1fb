using Portalis.Syntax.Ast;

namespace Portalis.Compiler.Lowering;

internal sealed partial class ModuleLowerer
{
    // match subject:                      t = subject;
    //     case P if guard: body     ->    if (P(t)) { bind; if (guard) { body; goto end; } }
    //     ...                             ...
    //                                     end:;
    // Captures go to temporaries while the pattern is tried and are bound to their names only when the
    // whole pattern matched, before the guard runs (PEP 634).
    private void EmitMatch(Match node)
    {
        var subject = NewTemp();
        var end = NewId("mEnd");
        W.Line($"{subject} = {Expr(node.Subject)};");
        foreach (var matchCase in node.Cases)
        {
            Line(matchCase.Pattern);
            var captures = new Dictionary<string, string>(StringComparer.Ordinal);
            var condition = PatternCondition(matchCase.Pattern, subject, captures);
            W.Open($"if ({condition})");
            foreach (var (name, temp) in captures)
            {
                W.Line(StoreNameStatement(name, temp));
            }

            if (matchCase.Guard is not null)
            {
                W.Open($"if ({Condition(matchCase.Guard)})");
            }

            EmitStatements(matchCase.Body);
            W.Line($"goto {end};");
            if (matchCase.Guard is not null)
            {
                W.Close();
            }

            W.Close();
        }

        W.Line($"{end}:;");
    }

    private string Capture(string name, Dictionary<string, string> captures)
    {
        if (!captures.TryGetValue(name, out var temp))
        {
            temp = NewTemp();
            captures[name] = temp;
        }

        return temp;
    }

    private string PatternCondition(Pattern pattern, string subject, Dictionary<string, string> captures)
    {
        switch (pattern)
        {
            case MatchValue v:
                return $"PyOps.Eq({subject}, {Expr(v.Value)})";
            case MatchSingleton s:
                return $"PyEmit.Is({subject}, {ConstantExpression(s.Value, s)})";
            case MatchAs { Pattern: null, Name: null }:
                return "true";
            case MatchAs { Pattern: null } a:
                return $"PyEmit.Always({Capture(a.Name!, captures)} = {subject})";
            case MatchAs a:
                var inner = PatternCondition(a.Pattern!, subject, captures);
                return a.Name is null ? inner : $"({inner} && PyEmit.Always({Capture(a.Name, captures)} = {subject}))";
            case MatchOr o:
                return "(" + string.Join(" || ", o.Patterns.Select(p => PatternCondition(p, subject, captures))) + ")";
            case MatchSequence s:
                return SequencePattern(s, subject, captures);
            case MatchMapping m:
                return MappingPattern(m, subject, captures);
            case MatchClass c:
                return ClassPattern(c, subject, captures);
            default:
                Unsupported(pattern, "this pattern");
                return "false";
        }
    }

    private string SequencePattern(MatchSequence s, string subject, Dictionary<string, string> captures)
    {
        var star = -1;
        for (var i = 0; i < s.Patterns.Count; i++)
        {
            if (s.Patterns[i] is MatchStar)
            {
                star = i;
            }
        }

        var items = NewTemp();
        var parts = new List<string> { $"({items} = PyEmit.MatchSequence({subject}, {s.Patterns.Count}, {star})) != null" };
        for (var i = 0; i < s.Patterns.Count; i++)
        {
            var element = $"((object?[]){items})[{i}]";
            if (s.Patterns[i] is MatchStar ms)
            {
                if (ms.Name is { } name)
                {
                    parts.Add($"PyEmit.Always({Capture(name, captures)} = {element})");
                }

                continue;
            }

            parts.Add(PatternCondition(s.Patterns[i], element, captures));
        }

        return "(" + string.Join(" && ", parts) + ")";
    }

    private string MappingPattern(MatchMapping m, string subject, Dictionary<string, string> captures)
    {
        var values = NewTemp();
        var keys = NewTemp();
        var parts = new List<string>
        {
            $"PyEmit.Always({keys} = new PyTuple([{ExprList(m.Keys)}]))",
            $"({values} = PyEmit.MatchMapping({subject}, (PyTuple){keys})) != null",
        };
        for (var i = 0; i < m.Patterns.Count; i++)
        {
            parts.Add(PatternCondition(m.Patterns[i], $"((object?[]){values})[{i}]", captures));
        }

        if (m.Rest is { } rest)
        {
            parts.Add($"PyEmit.Always({Capture(rest, captures)} = PyEmit.MappingRest({subject}, (PyTuple){keys}))");
        }

        return "(" + string.Join(" && ", parts) + ")";
    }

    private string ClassPattern(MatchClass c, string subject, Dictionary<string, string> captures)
    {
        var values = NewTemp();
        var kwnames = c.KwdAttrs.Count == 0 ? "null" : Constant("kw:" + string.Join(",", c.KwdAttrs), "string[]", CSharpNames.StringArray(c.KwdAttrs));
        var parts = new List<string> { $"({values} = PyEmit.MatchClass({subject}, {Expr(c.Cls)}, {c.Patterns.Count}, {kwnames})) != null" };
        var all = c.Patterns.Concat(c.KwdPatterns).ToList();
        for (var i = 0; i < all.Count; i++)
        {
            parts.Add(PatternCondition(all[i], $"((object?[]){values})[{i}]", captures));
        }

        return "(" + string.Join(" && ", parts) + ")";
    }
}
