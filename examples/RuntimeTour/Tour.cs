namespace Portalis.Examples.RuntimeTour;

/// <summary>
/// A walk through the Portalis concurrency runtime, one section per area. Every line is printed by
/// the calling thread after the work it describes has been joined, and nothing printed depends on
/// timing, so the output is the same on every run (the test compares it line by line).
/// </summary>
public static partial class Tour
{
    /// <summary>Runs every section, writing its results to <paramref name="output"/>.</summary>
    /// <param name="output">Where the tour prints.</param>
    public static void Run(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        Section(output, "threads", Threads);
        Section(output, "pool and futures", PoolAndFutures);
        Section(output, "channels", Channels);
        Section(output, "locks and shared state", LocksAndSharedState);
        Section(output, "barrier", BarrierPhases);
        Section(output, "explorer", Exploring);
    }

    private static void Section(TextWriter output, string title, Action<TextWriter> body)
    {
        output.WriteLine($"== {title}");
        body(output);
    }
}
