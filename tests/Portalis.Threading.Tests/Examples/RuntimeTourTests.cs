using System.Globalization;
using Portalis.Examples.RuntimeTour;

namespace Portalis.Threading.Tests.Examples;

/// <summary>
/// Runs examples/RuntimeTour and compares every line it prints, so the example cannot rot: an API
/// change breaks its build, a behaviour change breaks this test.
/// </summary>
public sealed class RuntimeTourTests
{
    private const string Expected = """
        == threads
        backend: native, controlled: False
        square-0, square-1, square-2 -> 1, 4, 9
        failing: alive False, fault InvalidOperationException: bad input
        == pool and futures
        results in submission order: 1, 4, 9, 16, 25, 36, 49, 64
        as completed (sorted): 1, 8, 27, 64, 125
        wait(all completed): 5 done, 0 not done
        map: A, B, C
        result() rethrew ArgumentException: negative size
        unfinished future: FutureTimeoutError, state Pending
        after shutdown: cannot schedule new futures after shutdown
        == channels
        received 30 items, 10/10/10 per producer, sum 3135
        receive after close: ChannelClosedError
        receive with timeout after close: Closed
        == locks and shared state
        condition: read 'hello'
        mutex: 4000, shared state: 4000, lock-protected int: 4000
        releasing an unlocked lock: release unlocked lock
        == barrier
        every party saw the sum 60, 60, 60; generations 2; arrival indexes 0, 1, 2
        == explorer
        lost update: UnhandledException in schedule 2 (seed 2, Random): counter is 1 after two increments
        replay of seed 2: UnhandledException: counter is 1 after two increments
        atomic update: 200 schedules, 0 failures
        lock order inversion: Deadlock in schedule 3 (seed 3, Pct)
        replay of seed 3: Deadlock
        backend inside a body: controlled
        """;

    [Fact]
    public void Run_OnNativeBackend_PrintsTheExpectedTour()
    {
        var output = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };

        Tour.Run(output);

        Assert.Equal(Expected.ReplaceLineEndings("\n").Split('\n'), output.ToString().TrimEnd('\n').Split('\n'));
    }
}
