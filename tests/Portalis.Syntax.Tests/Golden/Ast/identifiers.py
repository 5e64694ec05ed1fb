ä = 1
µ = 2
ｗｉｄｔｈ = 3
ℌ = 4
class Ünïcödé:
    pass
