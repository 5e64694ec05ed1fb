# string module: constants, Template substitute/safe_substitute, capwords, and a password checker using constants.
import string
print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
t = string.Template("Hello $name, you owe $$${amount}. ${name}!")
print(t.substitute(name="Ann", amount=12.5))
print(t.substitute({"name": "Bob", "amount": 3}))
try:
    t.substitute(name="Cy")
except KeyError as e:
    print("KeyError:", e)
print(t.safe_substitute(name="Di"))
try:
    string.Template("bad $").substitute()
except ValueError as e:
    print("ValueError:", e)
print(string.capwords("hello   big wide world"), string.capwords("a-b c-d", "-"))
def strength(pw):
    checks = [any(c in string.ascii_lowercase for c in pw), any(c in string.ascii_uppercase for c in pw),
              any(c in string.digits for c in pw), any(c in string.punctuation for c in pw), len(pw) >= 8]
    return sum(checks)
for pw in ["abc", "Abcdefgh", "Abcdefg1", "Abc!efg1", "password"]:
    print(pw, strength(pw))
alphabet = string.ascii_lowercase
shifted = alphabet[3:] + alphabet[:3]
print("attack at dawn".translate(str.maketrans(alphabet, shifted)))
print(string.Template.delimiter, string.Template("$x$y").substitute(x=1, y=2))
