# Multi-module package: `from pkg import x`, `from pkg.sub import y`, `import pkg.sub`, package __init__ re-exports.
import store
import store.pricing
from store import Cart, DEFAULT_CURRENCY
from store.pricing import apply_discount, TAX_RATE
from store.models.product import Product
print(store.__name__, store.pricing.__name__, Product.__module__)
cart = Cart()
cart.add(Product("book", 12.5), 2)
cart.add(Product("pen", 1.2), 5)
cart.add(Product("bag", 30.0))
print(cart.lines())
subtotal = cart.subtotal()
print(f"subtotal {subtotal:.2f} {DEFAULT_CURRENCY}")
discounted = apply_discount(subtotal, 10)
print(f"after 10% {discounted:.2f}, tax rate {TAX_RATE}, total {store.pricing.with_tax(discounted):.2f}")
print(store.models.product.Product is Product, sorted(store.__all__))
