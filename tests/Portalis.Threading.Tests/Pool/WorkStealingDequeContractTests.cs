using Portalis.Threading.Pool;
using Portalis.Threading.Tests.Harness;

namespace Portalis.Threading.Tests.Pool;

/// <summary>The Chase-Lev deque: every pushed item is taken exactly once, whoever takes it.</summary>
public abstract class WorkStealingDequeContractTests(BackendRunner runner) : ConcurrencyContract(runner)
{
    [Fact]
    public void PopAndSteal_RaceForFewItems_EachItemTakenOnce() => Run(() =>
    {
        var deque = new WorkStealingDeque<string>(Backend);
        deque.Push("a");
        deque.Push("b");
        var stolen = new List<string>();
        var thief = Start(() => StealAll(deque, stolen, attempts: 3));

        var popped = new List<string>();
        while (deque.TryPop() is { } item)
        {
            popped.Add(item);
        }

        JoinAndRethrow(thief);
        Assert.Equal(["a", "b"], popped.Concat(stolen).Order());
        Assert.True(deque.IsEmpty);
    });

    [Fact]
    public void LastItem_OwnerAndThiefRace_ExactlyOneGetsIt() => Run(() =>
    {
        var deque = new WorkStealingDeque<string>(Backend);
        deque.Push("only");
        string? stolen = null;
        var thief = Start(() =>
        {
            string? item;
            while (deque.TrySteal(out item) == WorkStealingDeque<string>.StealResult.Retry)
            {
            }

            stolen = item;
        });

        var popped = deque.TryPop();
        JoinAndRethrow(thief);

        Assert.True(popped is null ^ stolen is null);
    });

    [Fact]
    public void PushWhileStealing_GrowsAndLosesNothing() => Run(() =>
    {
        const int Count = 70;
        var deque = new WorkStealingDeque<object>(Backend);
        var items = Enumerable.Range(0, Count).Select(i => (object)i).ToArray();
        var stolenA = new List<object>();
        var stolenB = new List<object>();
        var thiefA = Start(() => StealAll(deque, stolenA, attempts: 4));
        var thiefB = Start(() => StealAll(deque, stolenB, attempts: 4));

        var popped = new List<object>();
        foreach (var item in items)
        {
            deque.Push(item);
            if ((int)item % 7 == 0 && deque.TryPop() is { } top)
            {
                popped.Add(top);
            }
        }

        JoinAndRethrow(thiefA);
        JoinAndRethrow(thiefB);
        while (deque.TryPop() is { } rest)
        {
            popped.Add(rest);
        }

        Assert.Equal(Enumerable.Range(0, Count), popped.Concat(stolenA).Concat(stolenB).Cast<int>().Order());
    });

    [Fact]
    public void Steal_TakesOldestFirst_PopTakesNewest() => Run(() =>
    {
        var deque = new WorkStealingDeque<string>(Backend);
        deque.Push("old");
        deque.Push("mid");
        deque.Push("new");

        Assert.Equal(WorkStealingDeque<string>.StealResult.Success, deque.TrySteal(out var oldest));
        Assert.Equal("old", oldest);
        Assert.Equal("new", deque.TryPop());
        Assert.Equal("mid", deque.TryPop());
        Assert.Null(deque.TryPop());
        Assert.Equal(WorkStealingDeque<string>.StealResult.Empty, deque.TrySteal(out _));
    });

    private static void StealAll<T>(WorkStealingDeque<T> deque, List<T> into, int attempts)
        where T : class
    {
        for (var i = 0; i < attempts; i++)
        {
            if (deque.TrySteal(out var item) == WorkStealingDeque<T>.StealResult.Success)
            {
                into.Add(item!);
            }
        }
    }
}

public sealed class NativeWorkStealingDequeContractTests() : WorkStealingDequeContractTests(new NativeRunner());

public sealed class ControlledWorkStealingDequeContractTests() : WorkStealingDequeContractTests(new ControlledRunner());
