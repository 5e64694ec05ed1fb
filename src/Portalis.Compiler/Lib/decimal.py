"""Decimal fixed and floating point arithmetic: CPython 3.11's Lib/decimal.py falls back to the pure
Python _pydecimal when the _decimal accelerator is missing, which is always the case under Portalis."""

from _pydecimal import *
from _pydecimal import __doc__
from _pydecimal import __version__
from _pydecimal import __libmpdec_version__
