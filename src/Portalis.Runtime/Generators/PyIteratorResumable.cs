using System.Runtime.ExceptionServices;

namespace Portalis.Runtime;

/// <summary>
/// Delegation to an iterator written in Python (what a class's <c>__await__</c> may return): PEP 380's
/// forwarding through its <c>__next__</c>, <c>send</c>, <c>throw</c> and <c>close</c> methods, as
/// Python/ceval.c's SEND and Objects/genobject.c's <c>_gen_throw</c> do for a non-generator sub-iterator.
/// </summary>
internal sealed class PyIteratorResumable(object iterator) : IPyResumable
{
    public bool TryResume(object? sent, Exception? thrown, out object? value)
    {
        try
        {
            if (thrown is not null)
            {
                if (thrown is not PyBaseException exception || !PyOps.TryGetAttr(iterator, "throw", out var throwMethod))
                {
                    ExceptionDispatchInfo.Throw(thrown);
                    value = null;
                    return false;
                }

                value = PyOps.Call(throwMethod, exception);
            }
            else
            {
                value = sent is null ? PyOps.CallMethod(iterator, "__next__") : PyOps.CallMethod(iterator, "send", sent);
            }

            return true;
        }
        catch (PyStopIteration stop)
        {
            value = stop.Value;
            return false;
        }
    }

    public void Close()
    {
        if (PyOps.TryGetAttr(iterator, "close", out var close))
        {
            PyOps.Call(close);
        }
    }
}
