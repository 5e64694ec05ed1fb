# Uncaught AttributeError on None returned from a lookup function.
def find_user(users, name):
    for u in users:
        if u["name"] == name:
            return u
users = [{"name": "ann", "email": "ann@example.com"}, {"name": "cy", "email": "cy@example.org"}]
for name in ["ann", "cy"]:
    print(name, find_user(users, name)["email"].upper())
user = find_user(users, "bob")
print("found:", user)
print("is None:", user is None)
domain = user.get("email").split("@")[1]
print("not reached", domain)
