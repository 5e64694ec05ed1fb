# Counting and grouping with plain dicts: word frequency, grouping by key, nested dict aggregation.
text = """the quick brown fox jumps over the lazy dog the fox barks and the dog runs"""
freq = {}
for word in text.split():
    if word in freq:
        freq[word] += 1
    else:
        freq[word] = 1
print(freq)
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
print(top)
by_len = {}
for word in sorted(set(text.split())):
    by_len.setdefault(len(word), []).append(word)
print(by_len)
print({k: len(v) for k, v in sorted(by_len.items())})
orders = [("ann", "apple", 3), ("bob", "pear", 1), ("ann", "pear", 2), ("cy", "apple", 5), ("bob", "apple", 1)]
totals = {}
for customer, product, qty in orders:
    totals.setdefault(customer, {})
    totals[customer][product] = totals[customer].get(product, 0) + qty
print(totals)
per_product = {}
for customer, product, qty in orders:
    per_product[product] = per_product.get(product, 0) + qty
print(per_product, sum(per_product.values()))
first_seen = {}
for i, ch in enumerate("abracadabra"):
    first_seen.setdefault(ch, i)
print(first_seen)
letters = {}
for ch in "hello world":
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print(sorted(letters.items()), len(letters))
