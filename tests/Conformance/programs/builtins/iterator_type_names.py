# type() names of the builtin iterators: list_iterator, str_ascii_iterator, dict_keyiterator, reversed, list_reverseiterator ...
print(type(iter([])).__name__, type(iter(())).__name__, type(iter("a")).__name__, type(iter("\u00e9")).__name__, type(iter({})).__name__, type(iter(set())).__name__, type(iter(range(2))).__name__, type(reversed((1,))).__name__, type(reversed(range(3))).__name__, type(iter({}.items())).__name__, type(iter({}.values())).__name__, type(reversed("ab")).__name__, type(iter(b"")).__name__, type(reversed([])).__name__)
it = iter([1, 2])
print(next(it), list(it), iter(it) is it)
