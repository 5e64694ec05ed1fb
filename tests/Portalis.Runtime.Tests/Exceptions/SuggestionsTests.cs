using Portalis.Runtime;

namespace Portalis.Runtime.Tests.Exceptions;

// Expected suggestions were printed by CPython 3.11 for the uncaught AttributeError (e.g. `{}.iitems`).
public class SuggestionsTests
{
    public static TheoryData<object, string, string?> AttributeCases() => new()
    {
        { new PyDict(), "iitems", "items" },
        { new PyList(), "apend", "append" },
        { "x", "uper", "upper" },
        { new PyList(), "sortt", "sort" },
        { "x", "strp", "strip" },
        { new PyDict(), "kyes", null },
        { new PyList(), "xyzzy_long_name", null },
    };

    [Theory]
    [MemberData(nameof(AttributeCases))]
    public void For_MissingAttribute_OffersCPythonsSuggestion(object target, string name, string? expected)
    {
        var error = new PyAttributeError($"'{PyOps.TypeName(target)}' object has no attribute '{name}'").For(target, name);
        Assert.Equal(expected, Suggestions.For(error));
    }

    [Fact]
    public void For_UserRaisedAttributeError_OffersNothing()
    {
        Assert.Null(Suggestions.For(new PyAttributeError("apend")));
    }

    [Fact]
    public void FormatUncaught_AppendsSuggestion_FormatDoesNot()
    {
        var list = new PyList();
        var error = new PyAttributeError("'list' object has no attribute 'apend'").For(list, "apend");
        Assert.Equal("AttributeError: 'list' object has no attribute 'apend'. Did you mean: 'append'?\n", Traceback.FormatUncaught(error));
        Assert.Equal("AttributeError: 'list' object has no attribute 'apend'\n", Traceback.Format(error));
    }
}
