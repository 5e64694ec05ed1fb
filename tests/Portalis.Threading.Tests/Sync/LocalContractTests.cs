using Portalis.Threading.Sync;
using Portalis.Threading.Tests.Harness;

namespace Portalis.Threading.Tests.Sync;

public abstract class LocalContractTests : SyncContract
{
    protected LocalContractTests(BackendRunner runner)
        : base(runner)
    {
    }

    [Fact]
    public void Value_SetOnTwoThreads_EachSeesItsOwn() => Run(() =>
    {
        var local = new Local<int>();
        local.Value = 1;
        int seen = 0;
        bool hadValue = true;
        OnOtherThread(() =>
        {
            hadValue = local.HasValue;
            local.Value = 2;
            seen = local.Value;
        });
        Assert.False(hadValue);
        Assert.Equal(2, seen);
        Assert.Equal(1, local.Value);
    });

    [Fact]
    public void Value_WithInitializer_RunsOncePerThread() => Run(() =>
    {
        int created = 0;
        var local = new Local<List<int>>(() =>
        {
            Interlocked.Increment(ref created);
            return [];
        });
        local.Value.Add(1);
        local.Value.Add(2);
        OnOtherThread(() => local.Value.Add(3));
        Assert.Equal([1, 2], local.Value);
        Assert.Equal(2, created);
    });

    [Fact]
    public void Value_UnsetWithoutInitializer_Throws() => Run(() =>
    {
        var local = new Local<string>();
        Assert.False(local.TryGetValue(out _));
        Assert.Throws<InvalidOperationException>(() => local.Value);
        local.Value = "x";
        Assert.True(local.TryGetValue(out var value));
        Assert.Equal("x", value);
        Assert.True(local.Remove());
        Assert.False(local.HasValue);
    });
}

public sealed class NativeLocalContractTests : LocalContractTests
{
    public NativeLocalContractTests()
        : base(new NativeRunner())
    {
    }
}

public sealed class ControlledLocalContractTests : LocalContractTests
{
    public ControlledLocalContractTests()
        : base(new ControlledRunner())
    {
    }
}
