# Uncaught AttributeError on None returned from a lookup function.
def find_user(users, name):
    for u in users:
        if u["name"] == name:
            return u
users = [{"name": "ann", "email": "ann@example.com"}]
print(find_user(users, "ann")["email"].upper())
user = find_user(users, "bob")
print("found:", user)
print(user.get("email"))
