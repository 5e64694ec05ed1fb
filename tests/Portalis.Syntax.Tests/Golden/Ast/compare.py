a < b <= c > d >= e == f != g
a in b
a not in b
a is b
a is not b
1 < x < 10
