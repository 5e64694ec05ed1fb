# Library management: books, members, loans with due dates (day numbers), fines, reservations queue, and reports.
from collections import deque
class Book:
    def __init__(self, isbn, title, author):
        self.isbn, self.title, self.author = isbn, title, author
        self.on_loan_to = None
        self.reservations = deque()
    def __repr__(self):
        return f"<{self.title}>"
class Member:
    def __init__(self, name, limit=2):
        self.name, self.limit = name, limit
        self.loans = {}
        self.fines = 0
class Library:
    LOAN_DAYS = 14
    FINE_PER_DAY = 25
    def __init__(self):
        self.books, self.members, self.day = {}, {}, 0
    def add_book(self, *args):
        b = Book(*args)
        self.books[b.isbn] = b
    def join(self, name, limit=2):
        self.members[name] = Member(name, limit)
    def checkout(self, name, isbn):
        m, b = self.members[name], self.books[isbn]
        if b.on_loan_to:
            if name not in b.reservations:
                b.reservations.append(name)
            return f"{name}: {b.title} is out, reserved (queue {list(b.reservations)})"
        if b.reservations and b.reservations[0] != name:
            return f"{name}: {b.title} is held for {b.reservations[0]}"
        if len(m.loans) >= m.limit:
            return f"{name}: loan limit {m.limit} reached"
        if b.reservations:
            b.reservations.popleft()
        b.on_loan_to = name
        m.loans[isbn] = self.day + self.LOAN_DAYS
        return f"{name}: borrowed {b.title}, due day {m.loans[isbn]}"
    def checkin(self, isbn):
        b = self.books[isbn]
        m = self.members[b.on_loan_to]
        due = m.loans.pop(isbn)
        late = max(0, self.day - due)
        m.fines += late * self.FINE_PER_DAY
        b.on_loan_to = None
        nxt = f", next: {b.reservations[0]}" if b.reservations else ""
        return f"{m.name}: returned {b.title} ({late} days late){nxt}"
    def advance(self, days):
        self.day += days
        overdue = sorted((due, m.name, self.books[i].title) for m in self.members.values() for i, due in m.loans.items() if due < self.day)
        return f"day {self.day}, overdue: {overdue}"
lib = Library()
for isbn, title, author in [("1", "Dune", "Herbert"), ("2", "Emma", "Austen"), ("3", "Ulysses", "Joyce")]:
    lib.add_book(isbn, title, author)
for n in ["ann", "bob"]:
    lib.join(n)
lib.join("cy", limit=1)
script = [("out", "ann", "1"), ("out", "ann", "2"), ("out", "ann", "3"), ("out", "bob", "1"), ("out", "cy", "1"),
          ("adv", 10), ("out", "cy", "3"), ("adv", 7), ("in", "1"), ("out", "cy", "1"), ("out", "bob", "1"),
          ("in", "3"), ("adv", 20), ("in", "2"), ("out", "bob", "1")]
for action in script:
    if action[0] == "out":
        print(lib.checkout(action[1], action[2]))
    elif action[0] == "in":
        print(lib.checkin(action[1]))
    else:
        print(lib.advance(action[1]))
for m in lib.members.values():
    print(f"{m.name}: loans={[lib.books[i].title for i in m.loans]} fines={m.fines / 100:.2f}")
print({b.title: (b.on_loan_to, list(b.reservations)) for b in lib.books.values()})
