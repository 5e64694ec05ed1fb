# Package init: imports submodules relatively and re-exports names.
print("store package init")
from .cart import Cart
DEFAULT_CURRENCY = "EUR"
__all__ = ["Cart", "DEFAULT_CURRENCY"]
