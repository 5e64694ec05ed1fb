using Portalis.Threading;
using Portalis.Threading.Channels;

namespace Portalis.Examples.RuntimeTour;

public static partial class Tour
{
    // A bounded pipeline: three producers share one Sender through Clone(); the channel closes when
    // the last sender is disposed, and the consumer's foreach ends once it is closed and drained.
    // Capacity 4 makes the producers block on Send while the consumer lags (back-pressure).
    private static void Channels(TextWriter output)
    {
        var backend = ThreadingBackend.Current;
        var (tx, rx) = Channel.Bounded<int>(4);

        var producers = new LogicalThread[3];
        for (var p = 0; p < producers.Length; p++)
        {
            var id = p;
            var mine = tx.Clone();
            producers[p] = backend.StartThread(() =>
            {
                using (mine)
                {
                    for (var i = 0; i < 10; i++)
                    {
                        mine.Send((id * 100) + i);
                    }
                }
            });
        }

        tx.Dispose();   // from here only the producers' clones keep the channel open

        var perProducer = new int[3];
        var total = 0;
        var consumer = backend.StartThread(() =>
        {
            foreach (var item in rx)
            {
                perProducer[item / 100]++;
                total += item;
            }
        });

        foreach (var producer in producers)
        {
            producer.Join();
        }

        consumer.Join();
        output.WriteLine($"received {perProducer.Sum()} items, {string.Join("/", perProducer)} per producer, sum {total}");

        try
        {
            rx.Receive();
        }
        catch (ChannelClosedError ex)
        {
            output.WriteLine($"receive after close: {ex.GetType().Name}");
        }

        var status = rx.Receive(out _, TimeSpan.Zero);
        output.WriteLine($"receive with timeout after close: {status}");
    }
}
