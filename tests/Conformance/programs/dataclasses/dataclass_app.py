# dataclasses in an application: an order book with line items, computed totals, sorting with order=True, and JSON-ready dicts.
from dataclasses import dataclass, field, asdict
import json
@dataclass(order=True)
class LineItem:
    sku: str
    quantity: int
    unit_price: float
    @property
    def total(self):
        return round(self.quantity * self.unit_price, 2)
@dataclass
class Order:
    order_id: int
    customer: str
    items: list = field(default_factory=list)
    notes: str = ""
    def add(self, sku, qty, price):
        for item in self.items:
            if item.sku == sku:
                item.quantity += qty
                return self
        self.items.append(LineItem(sku, qty, price))
        return self
    @property
    def total(self):
        return round(sum(i.total for i in self.items), 2)
orders = [
    Order(1, "ann").add("B-2", 1, 19.99).add("A-1", 3, 2.5).add("B-2", 1, 19.99),
    Order(2, "bob", notes="gift").add("C-9", 10, 0.99),
    Order(3, "ann"),
]
for o in orders:
    print(o.order_id, o.customer, o.total, sorted(o.items))
print(json.dumps(asdict(orders[0]), indent=1))
by_customer = {}
for o in orders:
    by_customer[o.customer] = round(by_customer.get(o.customer, 0) + o.total, 2)
print(by_customer)
print(max(orders, key=lambda o: o.total).order_id, [o.order_id for o in orders if not o.items])
print(orders[1] == Order(2, "bob", [LineItem("C-9", 10, 0.99)], "gift"), LineItem("A", 1, 1.0) < LineItem("A", 2, 0.5))
