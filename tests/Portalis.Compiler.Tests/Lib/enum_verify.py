from enum import Enum, Flag, IntFlag, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, EnumCheck, auto
print(list(EnumCheck), UNIQUE, repr(CONTINUOUS))
@verify(UNIQUE, CONTINUOUS)
class Good(Enum):
    A = 1
    B = 2
    C = 3
print(list(Good))
for checks, body in [((UNIQUE,), {'A': 1, 'B': 1}), ((CONTINUOUS,), {'A': 1, 'C': 3, 'E': 5})]:
    try:
        verify(*checks)(Enum('Bad', list(body.items())))
    except ValueError as e:
        print('ValueError:', e)
try:
    @verify(NAMED_FLAGS)
    class Colors(Flag):
        RED = 1
        GREEN = 2
        WHITE = 7
except ValueError as e:
    print('ValueError:', e)
try:
    @verify(CONTINUOUS)
    class Bits(Flag):
        A = 1
        C = 4
except ValueError as e:
    print('ValueError:', e)
