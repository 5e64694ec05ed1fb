"""Module docstring."""
# __doc__ of a module, a function and a class come from their docstrings.
print(__doc__)
def f():
    "fdoc"
print(f.__doc__)
class C:
    "cdoc"
print(C.__doc__)
def g(): pass
print(g.__doc__)
