# Pricing helpers with module constants.
from . import DEFAULT_CURRENCY
print("store.pricing loaded, currency", DEFAULT_CURRENCY)
TAX_RATE = 0.2
def apply_discount(amount, percent):
    return round(amount * (100 - percent) / 100, 2)
def with_tax(amount):
    return round(amount * (1 + TAX_RATE), 2)
