'a'
"b"
'''c'''
"""d
e"""
r'\n'
u'x'
U'y'
'a' 'b' 'c'
u'a' 'b'
'\x41\u0042\U00000043\101\n\t\\'
'\N{LATIN SMALL LETTER A}\N{EM DASH}'
'\q'
'line\
continued'
