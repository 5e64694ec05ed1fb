# Inventory management: products, stock movements, reorder report, valuation, and error handling for bad moves.
from dataclasses import dataclass, field
class StockError(Exception):
    pass
@dataclass
class Product:
    sku: str
    name: str
    price: float
    qty: int = 0
    reorder_at: int = 5
    history: list = field(default_factory=list)
class Inventory:
    def __init__(self):
        self.products = {}
    def add_product(self, product):
        if product.sku in self.products:
            raise StockError(f"duplicate sku {product.sku}")
        self.products[product.sku] = product
    def receive(self, sku, qty):
        p = self.products[sku]
        p.qty += qty
        p.history.append(("in", qty))
    def ship(self, sku, qty):
        p = self.products.get(sku)
        if p is None:
            raise StockError(f"unknown sku {sku}")
        if qty > p.qty:
            raise StockError(f"only {p.qty} of {p.name} left, wanted {qty}")
        p.qty -= qty
        p.history.append(("out", qty))
    def value(self):
        return sum(p.price * p.qty for p in self.products.values())
    def reorder_report(self):
        return [p.sku for p in self.products.values() if p.qty <= p.reorder_at]
inv = Inventory()
for sku, name, price in [("A1", "bolt", 0.25), ("B2", "nut", 0.1), ("C3", "gear", 12.5), ("D4", "chain", 30.0)]:
    inv.add_product(Product(sku, name, price))
moves = [("in", "A1", 100), ("in", "B2", 300), ("in", "C3", 8), ("out", "A1", 40), ("out", "C3", 5),
         ("out", "D4", 1), ("out", "ZZ", 1), ("in", "D4", 2), ("out", "B2", 299), ("out", "A1", 61)]
for kind, sku, qty in moves:
    try:
        if kind == "in":
            inv.receive(sku, qty)
        else:
            inv.ship(sku, qty)
        print(f"{kind:>3} {sku} {qty:>4} ok")
    except StockError as e:
        print(f"{kind:>3} {sku} {qty:>4} FAILED: {e}")
try:
    inv.add_product(Product("A1", "dup", 1))
except StockError as e:
    print("error:", e)
print(f"{'SKU':<4}{'Name':<7}{'Qty':>5}{'Value':>9}")
for p in sorted(inv.products.values(), key=lambda p: -p.price * p.qty):
    print(f"{p.sku:<4}{p.name:<7}{p.qty:>5}{p.price * p.qty:>9.2f}")
print(f"total value: {inv.value():.2f}")
print("reorder:", inv.reorder_report())
print({sku: p.history for sku, p in inv.products.items()})
