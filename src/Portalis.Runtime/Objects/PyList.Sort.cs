namespace Portalis.Runtime;

public partial class PyList
{
    /// <summary>
    /// <c>l.sort(key=None, reverse=False)</c>: stable, using only <c>&lt;</c>. The list is empty while it is
    /// sorted and ValueError "list modified during sort" is raised if it was changed meanwhile.
    /// </summary>
    public void Sort(Func<object?, object?>? key = null, bool reverse = false)
    {
        object?[] items;
        using (Write())
        {
            items = _items.AsSpan(0, _count).ToArray();
            _items = [];
            _count = 0;
        }

        var originalLength = items.Length;
        var sorted = false;
        try
        {
            var keys = items;
            if (key is not null)
            {
                keys = new object?[items.Length];
                for (var i = 0; i < items.Length; i++)
                {
                    keys[i] = key(items[i]);
                }
            }

            // reverse=True keeps stability by reversing before and after (list_sort_impl).
            if (reverse)
            {
                Array.Reverse(keys);
                if (key is not null)
                {
                    Array.Reverse(items);
                }
            }

            SortCore(keys, key is null ? null : items);
            if (reverse)
            {
                Array.Reverse(keys);
                if (key is not null)
                {
                    Array.Reverse(items);
                }
            }

            sorted = true;
        }
        finally
        {
            using (Write())
            {
                var modified = _count != 0 || _items.Length != 0;
                _items = items;
                _count = originalLength;
                if (modified && sorted)
                {
                    throw new PyValueError("list modified during sort");
                }
            }
        }
    }

    private static void SortCore(object?[] keys, object?[]? values) => TimSort.Sort(keys, values);
}
