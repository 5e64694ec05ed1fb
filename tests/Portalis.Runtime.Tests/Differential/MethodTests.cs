using Portalis.Runtime;

namespace Portalis.Runtime.Tests.Differential;

public class MethodTests
{
    private static object? Evaluate(Case c)
    {
        var target = c.Args[0];
        var args = ((PyList)c.Args[2]!).ToArray();
        var result = PyOps.CallMethod(target, (string)c.Args[1]!, args);
        return target is PyList or PyDict or PySet ? new PyTuple(result, target) : result;
    }

    [Fact]
    public void StrMethods_CPythonTable_Matches() => CaseFile.AssertAll("methods.jsonl", Evaluate, c => c.Args[0] is string);

    [Fact]
    public void ContainerMethods_CPythonTable_Matches() => CaseFile.AssertAll("methods.jsonl", Evaluate, c => c.Args[0] is not string);
}
