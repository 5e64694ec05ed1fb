# set in-place methods (update, intersection_update, difference_update, symmetric_difference_update) and comparisons on int sets.
base = set(range(10))
s = set(base)
s.intersection_update({1, 3, 5, 7, 11}, range(6))
print(s)
s = set(base)
s.difference_update({0, 1}, [2, 3])
print(s)
s = {1, 2, 3}
s.symmetric_difference_update({3, 4})
print(s)
s.update(range(8, 11), {20})
print(s, len(s))
evens = {n for n in range(20) if n % 2 == 0}
threes = {n for n in range(20) if n % 3 == 0}
print(evens & threes, evens - threes, sorted(evens ^ threes), evens | threes == set(range(20)) - {1, 5, 7, 11, 13, 17, 19})
print(evens.issuperset({2, 4}), {2, 4} <= evens, {2, 4}.isdisjoint(threes), {6}.isdisjoint(threes))
a = {3, 1, 2}
b = a.copy()
b.add(4)
print(a, b, a < b, b > a, a == {1, 2, 3})
print(sorted({-3, 10, 5, -1}), list({5, 3, 1}), {0, 64, 32, 16, 8, 4, 2, 1})
primes = set()
for n in range(2, 40):
    if not any(n % p == 0 for p in primes):
        primes.add(n)
print(sorted(primes), max(primes), 37 in primes)
seen, dupes = set(), set()
for n in [4, 1, 4, 2, 1, 9, 4]:
    (dupes if n in seen else seen).add(n)
print(seen, dupes)
