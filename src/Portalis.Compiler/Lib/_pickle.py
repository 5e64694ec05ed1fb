"""The exception classes of CPython 3.11's C accelerator _pickle (Modules/_pickle.c).

Portalis runs the pure Python pickle, but CPython's pickle.py replaces its own PickleError,
PicklingError and UnpicklingError with _pickle's, so programs see one class per error, named
_pickle.PicklingError, whether it comes from pickle.dumps or from multiprocessing sending an object to
another process. Both import these. Nothing else of the accelerator is here, so pickle.py's
"from _pickle import Pickler, ..." falls back to its Python classes as CPython's does without _pickle.
"""

__all__ = ['PickleError', 'PicklingError', 'UnpicklingError']


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass
