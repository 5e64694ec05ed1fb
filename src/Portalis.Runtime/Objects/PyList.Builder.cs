namespace Portalis.Runtime;

public partial class PyList
{
    /// <summary>
    /// Collects the items of a list that no other code can see yet (the result of <c>str.split</c>, say): plain array
    /// stores, instead of <see cref="Append"/>'s lock and change counter per item, and the array becomes the list's.
    /// </summary>
    internal struct Builder
    {
        private object?[] _items;
        private int _count;

        /// <summary>Creates a builder with room for <paramref name="capacity"/> items.</summary>
        public Builder(int capacity)
        {
            _items = capacity == 0 ? [] : new object?[capacity];
        }

        /// <summary>Adds an item at the end.</summary>
        public void Add(object? item)
        {
            var items = _items;
            if ((uint)_count < (uint)items.Length)
            {
                items[_count++] = item;
                return;
            }

            Grow(item);
        }

        /// <summary>The list of the items added; the builder must not be used afterwards.</summary>
        public readonly PyList ToList() => new(_items ?? [], _count);

        private void Grow(object? item)
        {
            Array.Resize(ref _items, Math.Max(8, 2 * _items.Length));
            _items[_count++] = item;
        }
    }
}
