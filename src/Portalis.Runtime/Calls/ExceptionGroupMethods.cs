namespace Portalis.Runtime;

/// <summary>
/// The methods of <c>BaseExceptionGroup</c> (Objects/exceptions.c, <c>BaseExceptionGroup_methods</c>). Construction
/// goes through the exception layout's shared <c>__new__</c>, whose factories call <see cref="PyBaseExceptionGroup.Create"/>.
/// </summary>
internal static class ExceptionGroupMethods
{
    public static void Populate()
    {
        var g = PyType.BaseExceptionGroupType;
        Method(g, "split", (self, matcher) =>
        {
            var (match, rest) = ExceptionGroupSplit.Split(self, ExceptionGroupSplit.For(matcher), constructRest: true);
            return new PyTuple(match, rest);
        });
        Method(g, "subgroup", (self, matcher) => ExceptionGroupSplit.Split(self, ExceptionGroupSplit.For(matcher), constructRest: false).Match);
        Method(g, "derive", (self, excs) => self.Derive(excs));

        // __class_getitem__ = classmethod(GenericAlias): ExceptionGroup[ValueError] in annotations.
        g.Dict.SetItem("__class_getitem__", new PyClassMethod(new PyBuiltinFunction("__class_getitem__", (a, k) =>
            a.Length == 2 && k is null
                ? new PyGenericAlias((PyType)a[0]!, a[1] as PyTuple ?? new PyTuple([a[1]]))
                : throw new PyTypeError($"__class_getitem__() takes exactly one argument ({a.Length - 1} given)"))));
    }

    // A METH_O method: exactly one positional argument.
    private static void Method(PyType type, string name, Func<PyBaseExceptionGroup, object?, object?> body) =>
        type.Dict.SetItem(name, new PyMethodDescriptor(type, name, (a, k) =>
        {
            if (k is { Length: > 0 } || a.Length != 2)
            {
                throw new PyTypeError(k is { Length: > 0 }
                    ? $"BaseExceptionGroup.{name}() takes no keyword arguments"
                    : $"BaseExceptionGroup.{name}() takes exactly one argument ({a.Length - 1} given)");
            }

            var self = a[0] as PyBaseExceptionGroup
                ?? throw new PyTypeError($"descriptor '{name}' for 'BaseExceptionGroup' objects doesn't apply to a '{PyOps.TypeName(a[0])}' object");
            return body(self, a[1]);
        }, isSlotWrapper: false));
}
