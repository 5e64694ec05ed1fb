# Word frequency and text statistics over a multi-line string, with sorting ties and aligned columns.
import re
from collections import Counter
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope, it was the winter of despair."""
words = re.findall(r"[a-z']+", TEXT.lower())
freq = Counter(words)
print(f"{len(words)} words, {len(freq)} distinct, {sum(len(w) for w in words) / len(words):.3f} avg length")
for word, n in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
    bar = "#" * n
    print(f"{word:>12} {n:3d} {bar:<12}|")
lengths = Counter(map(len, words))
print(sorted(lengths.items()), lengths.most_common(1))
sentences = [s.strip() for s in re.split(r"(?<=[.,])\s+", TEXT) if s.strip()]
print(len(sentences), max(sentences, key=len), min(sentences, key=lambda s: (len(s), s)))
caps = re.findall(r"\b[A-Z][a-z]+\b", TEXT)
print(caps, re.sub(r"\bit was\b", "'twas", TEXT, flags=re.IGNORECASE)[:60])
pairs = Counter(zip(words, words[1:]))
print(pairs.most_common(3))
print(" ".join(w.capitalize() for w in words[:6]), TEXT.count("it was"), TEXT.splitlines()[1].split(", ")[-1])
vowels = sum(TEXT.lower().count(v) for v in "aeiou")
print(f"vowels={vowels} ratio={vowels / len(TEXT):.4f} {TEXT[:20]!r} {TEXT[-10:]!a}")
