using System.Diagnostics;
using System.Text.Json;

namespace Portalis.Cli.Tests;

/// <summary>
/// <c>portalis run</c> on threaded programs, as a child process (a deadlocked program leaves its threads
/// blocked; a process keeps them out of the test host): native deadlock reports, <c>--explore</c>,
/// <c>--seed</c> replay and <c>--trace</c>. The process timeout is only a safety net: every expected
/// outcome is reached without it.
/// </summary>
public sealed class ConcurrencyRunTests : IDisposable
{
    private static readonly TimeSpan s_safetyTimeout = TimeSpan.FromSeconds(120);

    // A lock-order inversion made certain with two hand-off locks (a plain Lock may be released by any
    // thread): each thread holds its first lock before it waits for the other's.
    private const string LockOrderDeadlock = """
        import threading

        a = threading.Lock()
        b = threading.Lock()
        a_held = threading.Lock()
        b_held = threading.Lock()
        a_held.acquire()
        b_held.acquire()


        def one():
            with a:
                a_held.release()
                b_held.acquire()
                with b:
                    print("one has both")


        def two():
            with b:
                b_held.release()
                a_held.acquire()
                with a:
                    print("two has both")


        t1 = threading.Thread(target=one, name="first")
        t2 = threading.Thread(target=two, name="second")
        print("starting")
        t1.start()
        t2.start()
        t1.join()
        t2.join()
        print("unreachable")

        """;

    private const string RacingAppends = """
        import threading

        items = []
        table = {}


        def work(k):
            for i in range(100):
                items.append((k, i))
                table[(k, i)] = k


        threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        print(len(items), len(set(items)), len(table))

        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("portalis-cli-concurrency-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Run_LockOrderDeadlock_ReportsBlockedThreadsWithPythonLinesAndExitsThree()
    {
        var script = Write("deadlock.py", LockOrderDeadlock);
        var (status, stdout, stderr) = Portalis("run", script);
        Assert.Equal(3, status);
        Assert.Equal("starting\n", stdout);
        Assert.StartsWith("portalis: deadlock: every live thread is blocked\n", stderr, StringComparison.Ordinal);
        Assert.Contains("  'MainThread' (id ", stderr, StringComparison.Ordinal);
        Assert.Contains($"      File \"{script}\", line 32, in <module>\n        t1.join()", stderr, StringComparison.Ordinal);
        Assert.Contains($"  'first' (id ", stderr, StringComparison.Ordinal);
        Assert.Contains($"      File \"{script}\", line 15, in one\n        with b:", stderr, StringComparison.Ordinal);
        Assert.Contains($"  'second' (id ", stderr, StringComparison.Ordinal);
        Assert.Contains($"      File \"{script}\", line 23, in two\n        with a:", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ExploreLockOrderDeadlock_ReportsTheSeedAndReplayReproducesIt()
    {
        var script = Write("deadlock.py", LockOrderDeadlock);
        var (status, stdout, stderr) = Portalis("run", "--explore", "4", script);
        Assert.Equal(3, status);
        Assert.Equal("starting\n", stdout);
        Assert.StartsWith("portalis: explored 4 schedules (seeds 0-3): 4 with findings\n", stderr, StringComparison.Ordinal);
        Assert.Contains($"schedule 0 (seed 0, strategy random): deadlock\n  replay: portalis run --seed 0 --strategy random {script}\n", stderr, StringComparison.Ordinal);
        Assert.Contains("schedule 1 (seed 1, strategy pct, length ", stderr, StringComparison.Ordinal);
        Assert.Contains("'first' (id 2) waits on Lock#", stderr, StringComparison.Ordinal);
        Assert.Contains("'second' (id 3) waits on Lock#", stderr, StringComparison.Ordinal);
        Assert.Contains($"          File \"{script}\", line 15, in one\n            with b:", stderr, StringComparison.Ordinal);
        Assert.Contains($"          File \"{script}\", line 23, in two\n            with a:", stderr, StringComparison.Ordinal);

        // The replay takes exactly the steps the exploration reported for seed 0.
        var steps = StepsOf(stderr);
        var (replayStatus, replayStdout, replayStderr) = Portalis("run", "--seed", "0", "--strategy", "random", script);
        Assert.Equal(3, replayStatus);
        Assert.Equal("starting\n", replayStdout);
        Assert.StartsWith("portalis: schedule of seed 0 (--seed 0 --strategy random): Deadlock\n", replayStderr, StringComparison.Ordinal);
        Assert.Equal(steps, StepsOf(replayStderr));
    }

    [Fact]
    public void Run_RacingAppends_LoseNothingNativelyAndUnderExplore()
    {
        var script = Write("race.py", RacingAppends);
        var native = Portalis("run", script);
        Assert.Equal((0, "800 800 800\n", string.Empty), native);

        var (status, stdout, stderr) = Portalis("run", "--explore", "3", script);
        Assert.Equal(0, status);
        Assert.Equal("800 800 800\n", stdout);
        Assert.Equal("portalis: explored 3 schedules (seeds 0-2): same output, no deadlock, no uncaught exception\n", stderr);
    }

    [Fact]
    public void Run_ExploreScheduleDependentOutput_ReportsTheDifferingSeed()
    {
        var script = Write("order.py", """
            import threading

            log = []
            threads = [threading.Thread(target=log.append, args=(k,)) for k in range(3)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            print(log)

            """);
        var (status, _, stderr) = Portalis("run", "--explore", "12", script);
        Assert.Equal(1, status);
        Assert.Contains("with findings\n", stderr, StringComparison.Ordinal);
        Assert.Matches(@"schedule \d+ \(seed \d+, strategy [a-z, 0-9]+\): output differs from schedule 0 \(seed 0\)\n  replay: portalis run --seed \d+ --strategy ", stderr);
    }

    [Fact]
    public void Run_ExplorePrintedTracebacks_ReportsNoUncaughtException()
    {
        // Tracebacks the program prints and goes on: traceback.print_exc() in a thread and concurrent.futures
        // logging an exception raised by a done callback. Neither is an uncaught exception.
        var script = Write("printed.py", """
            import threading
            import traceback
            from concurrent.futures import ThreadPoolExecutor


            def handled():
                try:
                    {}["missing"]
                except KeyError:
                    traceback.print_exc()


            def bad_callback(future):
                raise RuntimeError("callback failed")


            t = threading.Thread(target=handled)
            t.start()
            t.join()
            with ThreadPoolExecutor(1) as pool:
                pool.submit(len, "abc").add_done_callback(bad_callback)
            print("done")

            """);
        var (status, stdout, stderr) = Portalis("run", "--explore", "2", script);
        Assert.Equal(0, status);
        Assert.Equal("done\n", stdout);
        Assert.Contains("RuntimeError: callback failed\n", stderr, StringComparison.Ordinal);
        Assert.EndsWith("portalis: explored 2 schedules (seeds 0-1): same output, no deadlock, no uncaught exception\n", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ExploreExceptionInThread_ReportsUncaughtException()
    {
        var script = Write("boom.py", """
            import threading


            def fail():
                raise ValueError("boom")


            t = threading.Thread(target=fail, name="bad")
            t.start()
            t.join()
            print("joined")

            """);
        var (status, stdout, stderr) = Portalis("run", "--explore", "2", script);
        Assert.Equal(1, status);
        Assert.Equal("joined\n", stdout);
        Assert.Contains("schedule 0 (seed 0, strategy random): uncaught exception\n", stderr, StringComparison.Ordinal);
        Assert.Contains("ValueError: boom", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Trace_WritesChromeTraceEventsWithPythonThreadNamesAndWaits()
    {
        var script = Write("traced.py", """
            import threading

            held = threading.Lock()
            held.acquire()
            results = []


            def worker(k):
                # A timed acquire of a lock that stays held: a wait the trace must show.
                results.append(held.acquire(timeout=0.05))


            threads = [threading.Thread(target=worker, args=(k,), name=f"worker-{k}") for k in range(2)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            print(results)

            """);
        var trace = Path.Combine(_folder, "out.json");
        var (status, stdout, stderr) = Portalis("run", "--trace", trace, script);
        Assert.Equal((0, "[False, False]\n", string.Empty), (status, stdout, stderr));

        using var json = JsonDocument.Parse(File.ReadAllText(trace));
        var events = json.RootElement.GetProperty("traceEvents").EnumerateArray().ToList();
        var names = events
            .Where(e => e.GetProperty("ph").GetString() == "M" && e.GetProperty("name").GetString() == "thread_name")
            .Select(e => e.GetProperty("args").GetProperty("name").GetString())
            .ToList();
        Assert.Equal(["MainThread", "worker-0", "worker-1"], names.Order(StringComparer.Ordinal));

        var complete = events.Where(e => e.GetProperty("ph").GetString() == "X").ToList();
        Assert.All(complete, e => Assert.True(e.GetProperty("dur").GetDouble() >= 0));
        var lifetimes = complete.Where(e => e.GetProperty("cat").GetString() == "thread").Select(e => e.GetProperty("name").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(["MainThread", "worker-0", "worker-1"], lifetimes);

        // Each worker waited about 50 ms on the held lock (the main thread's joins wait on the threads'
        // tstate locks, as in CPython's threading.py, so only the workers' waits are counted). A worker may also
        // wait briefly on one of threading.py's own locks while it starts, so each worker must have one long wait,
        // not only long waits.
        var workers = events
            .Where(e => e.GetProperty("ph").GetString() == "M" && e.GetProperty("args").GetProperty("name").GetString()!.StartsWith("worker-", StringComparison.Ordinal))
            .Select(e => e.GetProperty("tid").GetInt64())
            .ToHashSet();
        var waits = complete.Where(e => e.GetProperty("cat").GetString() == "lock" && e.GetProperty("name").GetString()!.StartsWith("wait Lock#", StringComparison.Ordinal)
            && workers.Contains(e.GetProperty("tid").GetInt64())).ToList();
        Assert.Equal(2, waits.Select(e => e.GetProperty("tid").GetInt64()).Distinct().Count());
        Assert.All(workers, tid => Assert.True(
            waits.Any(e => e.GetProperty("tid").GetInt64() == tid && e.GetProperty("dur").GetDouble() >= 40_000),
            "a 50 ms timed wait lasts at least 40 ms"));
    }

    [Fact]
    public void Run_ExploreManySchedules_RacingAppendsStayExact_Stress()
    {
        // A long run: 200 schedules. Only with PORTALIS_STRESS=1.
        if (Environment.GetEnvironmentVariable("PORTALIS_STRESS") != "1")
        {
            return;
        }

        var script = Write("race.py", RacingAppends);
        var (status, stdout, stderr) = Portalis("run", "--explore", "200", "--seed", "1000", script);
        Assert.Equal((0, "800 800 800\n"), (status, stdout));
        Assert.Equal("portalis: explored 200 schedules (seeds 1000-1199): same output, no deadlock, no uncaught exception\n", stderr);
    }

    [Fact]
    public void Run_ExploreSpinLoops_OtherThreadsProgress()
    {
        // Busy-waiting on a plain global and on Event.is_set() with no sleep: a while loop's back-edges are
        // scheduling points under the Controlled backend and a spinner hands over after the switch interval,
        // so no schedule (PCT ones included, where the spinner may have the top priority) hangs.
        var script = Write("spin.py", """
            import threading

            flag = False
            ev = threading.Event()


            def setter():
                global flag
                flag = True
                ev.set()


            t = threading.Thread(target=setter)
            t.start()
            while not flag:
                pass
            while not ev.is_set():
                pass
            t.join()
            print("done")

            """);
        var (status, stdout, stderr) = Portalis("run", "--explore", "6", script);
        Assert.Equal((0, "done\n"), (status, stdout));
        Assert.Equal("portalis: explored 6 schedules (seeds 0-5): same output, no deadlock, no uncaught exception\n", stderr);
    }

    [Fact]
    public void Run_ExploreIdsAndReprAddresses_AreNotDifferencesAndReplayExactly()
    {
        // Worker threads ask for ids in a schedule-dependent order; id() and default reprs are addresses, not
        // output differences. A replay (--seed) prints the ids that schedule printed.
        var script = Write("ids.py", """
            import threading


            class Foo:
                pass


            def work():
                print(id(Foo()) > 0, repr(Foo()).startswith("<__main__.Foo object at 0x"))


            ts = [threading.Thread(target=work) for _ in range(3)]
            for t in ts:
                t.start()
            for t in ts:
                t.join()
            a = Foo()
            print(a, id(a))

            """);
        var (status, stdout, stderr) = Portalis("run", "--explore", "4", "--strategy", "random", script);
        Assert.Equal(0, status);
        Assert.Equal("portalis: explored 4 schedules (seeds 0-3): same output, no deadlock, no uncaught exception\n", stderr);
        var replay = Portalis("run", "--seed", "0", "--strategy", "random", script);
        Assert.Equal((0, stdout), (replay.Status, replay.Stdout));
    }

    [Fact]
    public void Run_ExploreHourLongSleeps_RunOnVirtualTime()
    {
        // An hour of sleeping in two threads: under the Controlled backend time.sleep and
        // time.monotonic use virtual time, so the schedules finish at once (the process safety
        // timeout is two minutes).
        var script = Write("sleepy.py", """
            import threading
            import time

            start = time.monotonic()
            perf = time.perf_counter()


            def nap():
                time.sleep(3600)


            t = threading.Thread(target=nap)
            t.start()
            time.sleep(1800)
            t.join()
            print(time.monotonic() - start >= 3600, time.perf_counter() - perf >= 3600)

            """);
        var (status, stdout, stderr) = Portalis("run", "--explore", "2", script);
        Assert.Equal((0, "True True\n"), (status, stdout));
        Assert.Equal("portalis: explored 2 schedules (seeds 0-1): same output, no deadlock, no uncaught exception\n", stderr);
    }

    [Fact]
    public void Run_ExploreAtexitFailure_IsNotAnUncaughtException()
    {
        // An atexit callback that raises is an unraisable report ("Exception ignored in ..."), with a chained
        // traceback here; the program still exits 0. Its repr holds an id, which differs between schedules and is not a difference.
        var script = Write("atexit_fails.py", """
            import atexit
            import threading


            def bye():
                try:
                    {}["missing"]
                except KeyError:
                    raise ValueError("at exit")


            atexit.register(bye)
            t = threading.Thread(target=print, args=("from a thread",))
            t.start()
            t.join()

            """);
        var (status, stdout, stderr) = Portalis("run", "--explore", "3", script);
        Assert.Equal((0, "from a thread\n"), (status, stdout));
        Assert.StartsWith("Exception ignored in atexit callback: <function bye at 0x", stderr, StringComparison.Ordinal);
        Assert.Contains("During handling of the above exception, another exception occurred:", stderr, StringComparison.Ordinal);
        Assert.EndsWith("ValueError: at exit\nportalis: explored 3 schedules (seeds 0-2): same output, no deadlock, no uncaught exception\n", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_StrategyWithoutExplore_IsAUsageError()
    {
        var script = Write("hello.py", "print('hi')\n");
        var (status, stdout, stderr) = Portalis("run", "--strategy", "pct", script);
        Assert.Equal(2, status);
        Assert.Empty(stdout);
        Assert.Equal("portalis run: --strategy and --pct-length need --explore or --seed\n", stderr);
    }

    private static string StepsOf(string report)
    {
        var start = report.IndexOf("scheduling steps:", StringComparison.Ordinal);
        Assert.True(start >= 0, report);
        var lines = report[start..].Split('\n').Skip(1).TakeWhile(l => l.TrimStart().Length > 0 && char.IsDigit(l.TrimStart()[0]));
        return string.Join("\n", lines.Select(l => l.Trim()));
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private (int Status, string Stdout, string Stderr) Portalis(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _folder,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "portalis.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["PORTALIS_CACHE"] = Path.Combine(_folder, "cache");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(s_safetyTimeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"portalis {string.Join(' ', args)} did not end within {s_safetyTimeout.TotalSeconds} s (safety net)");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
