"""The module CPython's library imports the collection ABCs from (pathlib, for one).

Portalis: the ABCs live in collections/abc.py; this module is that module under its CPython name, so
`_collections_abc.Sequence is collections.abc.Sequence`.
"""

from collections.abc import *
from collections.abc import __all__, _check_methods
