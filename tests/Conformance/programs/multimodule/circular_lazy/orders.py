# orders module: imports customers at the top; customers imports orders only inside a method.
import customers
class Order:
    next_id = 1
    def __init__(self, customer, items):
        if not isinstance(customer, customers.Customer):
            raise TypeError("not a customer")
        self.id = Order.next_id
        Order.next_id += 1
        self.customer = customer
        self.items = list(items)
    def describe(self):
        return f"order #{self.id} for {self.customer.name}: {', '.join(self.items)}"
