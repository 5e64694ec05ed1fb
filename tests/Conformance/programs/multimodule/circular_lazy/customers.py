# customers module: refers to orders lazily to avoid a circular import at load time.
__all__ = ["Customer", "public_helper"]
class Customer:
    def __init__(self, name):
        self.name = name
        self.orders = []
    def place(self, order):
        from orders import Order
        if not isinstance(order, Order):
            raise TypeError("not an order")
        self.orders.append(order)
    def describe(self):
        return f"{self.name} has {len(self.orders)} order(s)"
def public_helper():
    return "public"
def hidden_helper():
    return "hidden"
