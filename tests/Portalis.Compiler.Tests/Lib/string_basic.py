import string
from string import Template
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits, repr(string.whitespace))
print(string.punctuation, repr(string.printable), len(string.printable))
print(string.capwords('hello   wORLD  foo'), string.capwords('a-b-c', '-'))
t = Template('$who likes ${what}, costs $$5')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'ann', 'what': 'tea'}, what='coffee'))
print(t.safe_substitute(who='x'), t.get_identifiers(), t.is_valid(), t.template)
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError:', e)
bad = Template('cost: $ 100\nline2')
try:
    bad.substitute()
except ValueError as e:
    print('ValueError:', e)
print(bad.safe_substitute(), bad.is_valid())
try:
    Template('x\n  $').substitute()
except ValueError as e:
    print('ValueError:', e)
class Pct(Template):
    delimiter = '%'
print(Pct('%who is %% here').substitute(who='me'))
class Braces(Template):
    braceidpattern = r'[a-z.]+'
print(Braces('${a.b} $c').safe_substitute({'a.b': 1}))
print(Template('$x$y').substitute(x=1, y=[2]), Template('${x}yz').substitute(x='_'))
print([c for c in 'a1!B' if c in string.ascii_letters + string.digits])
