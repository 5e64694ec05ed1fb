# Generators holding state: incremental prime sieve, a tokenizer state machine, and round-robin scheduling of generators.
import itertools
def primes():
    composites = {}
    for n in itertools.count(2):
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)
print(list(itertools.islice(primes(), 25)))
print(next(p for p in primes() if p > 1000))
def words_and_numbers(text):
    buf, kind = "", None
    for ch in text + " ":
        new_kind = "num" if ch.isdigit() else "word" if ch.isalpha() else None
        if new_kind != kind and buf:
            yield kind, buf
            buf = ""
        kind = new_kind
        if new_kind:
            buf += ch
print(list(words_and_numbers("abc123 de4 56f")))
def task(name, steps):
    for i in range(steps):
        yield f"{name} step {i}"
    return f"{name} finished"
def round_robin(*gens):
    queue = list(gens)
    while queue:
        g = queue.pop(0)
        try:
            print(next(g))
            queue.append(g)
        except StopIteration as stop:
            print("  ->", stop.value)
round_robin(task("A", 3), task("B", 1), task("C", 2))
