a = 'x' "y" '''z
'''
b = (r'\d', R"\n", u'u', U"U", b'b', B"B", br'x', Rb'y', bR'z', RB"w", rb'') 
c = f'{x!r:>10}' F"{y}" fr'{z}' Rf'\{w}' fR"""
{a}
"""
d = 'it\'s' "q\"" '\\'
e = '''a''' """b""" ''
