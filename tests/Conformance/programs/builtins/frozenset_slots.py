# frozenset's slot wrappers can be bound and called, as keyword.iskeyword does with __contains__.
f = frozenset("abc")
contains = f.__contains__
print(contains("a"), contains("z"), f.__len__(), sorted(f.__iter__()))
print(frozenset.__contains__(f, "b"), f.__eq__(frozenset("cba")), f.__eq__({"a"}), set("ab").__contains__("a"))
print(repr(frozenset.__repr__(frozenset([1]))), list(map(frozenset([1, 2]).__contains__, [0, 1, 2])))
