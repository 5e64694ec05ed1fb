from string import Formatter

f = Formatter()
class Obj:
    name = 'obj'
    items = [10, 20]
print(f.format('{} + {} = {}', 1, 2, 3), f.format('{0}{1}{0}', 'a', 'b'), f.format('{x:>6}|{y!r}', x=3.5, y='s'))
print(f.format('{o.name} {o.items[1]} {d[key]} {d[0]}', o=Obj(), d={'key': 'v', 0: 'zero'}))
print(f.format('{:{width}.{prec}f}', 3.14159, width=10, prec=2), f.format('{{literal}} {0!a}', 'é'))
print(list(f.parse('a{0!r:>5}b{{c}}{x.y[2]}')))
for bad in ['{', '}', '{0!}', '{0!r', '{0!rx}', '{0:{}', '{a[}', '{0}{}', '{}{0}', '{0.}', '{0!z}']:
    try:
        print(repr(f.format(bad, 1, 2, a={'': 1})))
    except (ValueError, IndexError, KeyError) as e:
        print(repr(bad), type(e).__name__, e)

class Upper(Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return '<' + key + '>'
        return super().get_value(key, args, kwargs)
print(Upper().format('{greeting}, {name}! {0:x}', 255, greeting='hello'))

class Strict(Formatter):
    def check_unused_args(self, used, args, kwargs):
        unused = set(kwargs) - used
        if unused:
            raise ValueError('unused: ' + ', '.join(sorted(unused)))
try:
    Strict().format('{a}', a=1, b=2, c=3)
except ValueError as e:
    print(e)
print(Formatter().vformat('{0}-{k}', ('p',), {'k': 'q'}))
