using Portalis.Threading.Tests.Harness;

namespace Portalis.Threading.Tests.Backends;

/// <summary>The <see cref="SyncMonitor"/> contract, which every backend's monitor must keep.</summary>
public abstract class MonitorContractTests(BackendRunner runner) : ConcurrencyContract(runner)
{
    [Fact]
    public void EnterExit_TwoThreadsIncrement_NoIncrementIsLost()
    {
        Run(() =>
        {
            var monitor = Backend.CreateMonitor("counter");
            var counter = 0;
            void Increment()
            {
                for (var i = 0; i < 3; i++)
                {
                    using var scope = monitor.Lock();
                    var value = counter;
                    Backend.SchedulingPoint();
                    counter = value + 1;
                }
            }

            var other = Start(Increment);
            Increment();
            JoinAndRethrow(other);
            Assert.Equal(6, counter);
        });
    }

    [Fact]
    public void WaitPulse_Handshake_WaiterSeesPublishedValue()
    {
        Run(() =>
        {
            var monitor = Backend.CreateMonitor("handoff");
            int? published = null;
            var waiter = Start(() =>
            {
                using var scope = monitor.Lock();
                while (published is null)
                {
                    monitor.Wait(Timeout.InfiniteTimeSpan);
                }

                Assert.Equal(42, published);
            });
            using (monitor.Lock())
            {
                published = 42;
                monitor.Pulse();
            }

            JoinAndRethrow(waiter);
        });
    }

    [Fact]
    public void PulseAll_ThreeWaiters_AllWake()
    {
        Run(() =>
        {
            var monitor = Backend.CreateMonitor("gate");
            var open = false;
            var woke = 0;
            var waiters = Enumerable.Range(0, 3).Select(_ => Start(() =>
            {
                using var scope = monitor.Lock();
                while (!open)
                {
                    monitor.Wait(Timeout.InfiniteTimeSpan);
                }

                woke++;
            })).ToList();
            using (monitor.Lock())
            {
                open = true;
                monitor.PulseAll();
            }

            waiters.ForEach(JoinAndRethrow);
            Assert.Equal(3, woke);
        });
    }

    [Fact]
    public void Wait_NobodyPulses_ReturnsFalseAfterTimeout()
    {
        Run(() =>
        {
            var monitor = Backend.CreateMonitor("lonely");
            var start = Backend.GetTimestamp();
            using var scope = monitor.Lock();
            while (monitor.Wait(TimeSpan.FromMilliseconds(20)))
            {
                // A spurious wake-up: wait again.
            }

            Assert.True(Backend.GetTimestamp() - start >= TimeSpan.FromMilliseconds(20).Ticks);
        });
    }

    [Fact]
    public void Join_ThreadEnded_ReturnsTrueAndThreadIsNotAlive()
    {
        Run(() =>
        {
            var ran = false;
            var thread = Start(() => ran = true, name: "worker");
            Assert.True(thread.Join(Timeout.InfiniteTimeSpan));
            Assert.False(thread.IsAlive);
            Assert.True(ran);
            Assert.Equal("worker", thread.Name);
            Assert.NotEqual(Backend.CurrentThread.Id, thread.Id);
        });
    }
}

public sealed class NativeMonitorContractTests() : MonitorContractTests(new NativeRunner());

public sealed class ControlledMonitorContractTests() : MonitorContractTests(new ControlledRunner());
