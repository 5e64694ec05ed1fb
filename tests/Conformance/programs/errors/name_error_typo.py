# Uncaught NameError from a misspelled variable name in a nested function.
def totals(rows, with_grand_total):
    grand = 0
    for r in rows:
        subtotal = sum(r)
        print("row", r, subtotal)
        if with_grand_total:
            grand += subtotl
    return grand
print(totals([[1, 2], [3]], False))
print(totals([], True))
print(totals([[4, 5]], True))
