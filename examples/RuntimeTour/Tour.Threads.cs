using Portalis.Threading;

namespace Portalis.Examples.RuntimeTour;

public static partial class Tour
{
    // Logical threads: started on the current backend (native unless a test or the explorer set
    // another), joined like Python's Thread.join(). A thread's unhandled exception does not crash
    // the process; it is kept in Fault, as CPython keeps it away from the joining thread.
    private static void Threads(TextWriter output)
    {
        var backend = ThreadingBackend.Current;
        output.WriteLine($"backend: {backend.Name}, controlled: {backend.IsControlled}");

        var squares = new int[3];
        var threads = new LogicalThread[3];
        for (var i = 0; i < threads.Length; i++)
        {
            var n = i;
            threads[i] = backend.StartThread(() => squares[n] = (n + 1) * (n + 1), new ThreadStartOptions { Name = $"square-{n}" });
        }

        foreach (var thread in threads)
        {
            thread.Join();   // Join orders the thread's writes before the reads below
        }

        output.WriteLine($"{string.Join(", ", threads.Select(t => t.Name))} -> {string.Join(", ", squares)}");

        var failing = backend.StartThread(() => throw new InvalidOperationException("bad input"), new ThreadStartOptions { Name = "failing" });
        failing.Join();
        output.WriteLine($"{failing.Name}: alive {failing.IsAlive}, fault {failing.Fault?.GetType().Name}: {failing.Fault?.Message}");
    }
}
