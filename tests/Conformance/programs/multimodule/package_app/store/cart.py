# Cart module using a relative import of a nested package.
from .models.product import Product
class Cart:
    def __init__(self):
        self.items = []
    def add(self, product: Product, qty=1):
        self.items.append((product, qty))
    def subtotal(self):
        return sum(p.price * q for p, q in self.items)
    def lines(self):
        return [f"{q} x {p.name} @ {p.price:.2f}" for p, q in self.items]
