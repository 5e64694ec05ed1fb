# Uncaught NameError from a misspelled variable name in a nested function.
def totals(rows):
    grand = 0
    for r in rows:
        subtotal = sum(r)
        print("row", r, subtotal)
        grand += subtotl
    return grand
print(totals([[1, 2], [3]]))
