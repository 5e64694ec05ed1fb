# Operator precedence and associativity examples, each compared with an explicitly parenthesised version.
cases = [
    ("2 + 3 * 4", 2 + 3 * 4, 2 + (3 * 4)),
    ("2 ** 3 ** 2", 2 ** 3 ** 2, 2 ** (3 ** 2)),
    ("-2 ** 2", -2 ** 2, -(2 ** 2)),
    ("2 ** -1", 2 ** -1, 2 ** (-1)),
    ("10 - 4 - 3", 10 - 4 - 3, (10 - 4) - 3),
    ("100 / 10 / 2", 100 / 10 / 2, (100 / 10) / 2),
    ("1 + 2 << 3", 1 + 2 << 3, (1 + 2) << 3),
    ("1 << 2 + 3", 1 << 2 + 3, 1 << (2 + 3)),
    ("6 & 3 | 8", 6 & 3 | 8, (6 & 3) | 8),
    ("1 | 6 ^ 3 & 5", 1 | 6 ^ 3 & 5, 1 | (6 ^ (3 & 5))),
    ("not 1 == 2", not 1 == 2, not (1 == 2)),
    ("True or False and False", True or False and False, True or (False and False)),
    ("1 < 2 == 2", 1 < 2 == 2, (1 < 2) and (2 == 2)),
    ("-3 % 5", -3 % 5, (-3) % 5),
    ("~1 + 1", ~1 + 1, (~1) + 1),
    ("7 // 2 * 3", 7 // 2 * 3, (7 // 2) * 3),
    ("3 if 0 else 4 + 1", 3 if 0 else 4 + 1, 3 if 0 else (4 + 1)),
    ("[1, 2] * 2 + [3]", [1, 2] * 2 + [3], ([1, 2] * 2) + [3]),
    ("'a' 'b' * 2", 'a' 'b' * 2, ('ab') * 2),
    ("2 * 3 % 4", 2 * 3 % 4, (2 * 3) % 4),
    ("1 + True * 2", 1 + True * 2, 1 + (True * 2)),
    ("5 > 3 > 1", 5 > 3 > 1, (5 > 3) and (3 > 1)),
    ("0 or 0 and 1", 0 or 0 and 1, 0 or (0 and 1)),
]
for text, value, explicit in cases:
    print(f"{text:<26} = {value!r:<14} same as parenthesised: {value == explicit}")
