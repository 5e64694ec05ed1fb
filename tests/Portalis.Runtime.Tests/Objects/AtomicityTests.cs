using Portalis.Runtime;

namespace Portalis.Runtime.Tests.Objects;

// Built-in containers shared between threads keep CPython's per-operation atomicity. Threads start
// together through a barrier (a handshake), then hammer one container; the final counts are exact.
public class AtomicityTests
{
    private const int Threads = 8;
    private const int PerThread = 20_000;

    private static void RunTogether(Action<int> body)
    {
        using var barrier = new Barrier(Threads);
        var threads = new Thread[Threads];
        for (var t = 0; t < Threads; t++)
        {
            var id = t;
            threads[t] = new Thread(() =>
            {
                barrier.SignalAndWait();
                body(id);
            });
            threads[t].Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }
    }

    [Fact]
    public void Append_EightThreads_NoItemLost()
    {
        var list = new PyList();
        RunTogether(id =>
        {
            for (var i = 0; i < PerThread; i++)
            {
                list.Append((long)((id * PerThread) + i));
            }
        });

        Assert.Equal(Threads * PerThread, list.Count);
        var seen = new PySet(list);
        Assert.Equal(Threads * PerThread, seen.Count);
    }

    [Fact]
    public void DictSetItem_EightThreads_EveryKeyPresent()
    {
        var dict = new PyDict();
        RunTogether(id =>
        {
            for (var i = 0; i < PerThread; i++)
            {
                dict.SetItem((long)((id * PerThread) + i), (long)id);
                dict.SetItem("shared", (long)i);
            }
        });

        Assert.Equal((Threads * PerThread) + 1, dict.Count);
        for (long k = 0; k < Threads * PerThread; k++)
        {
            Assert.Equal(k / PerThread, dict.GetItem(k));
        }
    }

    [Fact]
    public void SetAddAndDiscard_EightThreads_CountsExact()
    {
        var set = new PySet();
        RunTogether(id =>
        {
            for (var i = 0; i < PerThread; i++)
            {
                set.Add((long)((id * PerThread) + i));
                if (i % 2 == 1)
                {
                    set.Discard((long)((id * PerThread) + i));
                }
            }
        });

        Assert.Equal(Threads * PerThread / 2, set.Count);
    }

    [Fact]
    public void PopAndAppend_EightThreads_ItemsConserved()
    {
        var list = new PyList();
        for (long i = 0; i < Threads * PerThread; i++)
        {
            list.Append(i);
        }

        var popped = new PyList();
        RunTogether(_ =>
        {
            for (var i = 0; i < PerThread / 2; i++)
            {
                popped.Append(list.Pop());
            }
        });

        Assert.Equal(Threads * PerThread / 2, list.Count);
        Assert.Equal(Threads * PerThread / 2, popped.Count);
        var all = new PySet(list);
        all.Update(popped);
        Assert.Equal(Threads * PerThread, all.Count);
    }

    [Fact]
    public void ListReadsWithoutLock_RacingPopInsertAppend_NeverSeeAHole()
    {
        // Readers index the list while writers pop (which clears the vacated slot), insert at the front
        // (shifting every item) and append (growing the array): a read returns an item or raises IndexError.
        var list = new PyList();
        for (long i = 0; i < 64; i++)
        {
            list.Append(i);
        }

        var holes = 0;
        RunTogether(id =>
        {
            for (var i = 0; i < PerThread; i++)
            {
                if (id % 2 == 0)
                {
                    var item = list.Pop();
                    if (i % 2 == 0)
                    {
                        list.Insert(0, item);
                    }
                    else
                    {
                        list.Append(item);
                    }
                }
                else
                {
                    try
                    {
                        if (list.GetItem(i % 70) is not long)
                        {
                            Interlocked.Increment(ref holes);
                        }
                    }
                    catch (PyIndexError)
                    {
                        // The list was momentarily shorter: a valid outcome.
                    }

                    if (list.TryGet(i % 70, out var seen) && seen is not long)
                    {
                        Interlocked.Increment(ref holes);
                    }
                }
            }
        });

        Assert.Equal(0, holes);
        Assert.Equal(64, list.Count);
    }

    [Fact]
    public void DictLookupsWithoutLock_RacingInsertDeleteAndCompaction_NeverSeeAnotherKeysValue()
    {
        // Writers add and delete keys (forcing growth and compaction of the entry table) while readers look keys
        // up: a lookup finds the key's own value or nothing.
        var dict = new PyDict();
        var wrong = 0;
        RunTogether(id =>
        {
            for (var i = 0; i < PerThread; i++)
            {
                var k = (long)(i % 512);
                if (id % 2 == 0)
                {
                    dict.SetItem(k, k * 3);
                    dict.SetItem("s" + k, k);
                    if (i % 3 == 0)
                    {
                        dict.Pop(k, null);
                        dict.Pop("s" + k, null);
                    }
                }
                else
                {
                    if (dict.TryGetValue(k, out var v) && !Equals(v, k * 3))
                    {
                        Interlocked.Increment(ref wrong);
                    }

                    if (dict.TryGetValue("s" + k, out var w) && !Equals(w, k))
                    {
                        Interlocked.Increment(ref wrong);
                    }
                }
            }
        });

        Assert.Equal(0, wrong);
    }
}
