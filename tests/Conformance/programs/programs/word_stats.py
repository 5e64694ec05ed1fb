# Text statistics over an embedded passage: sentences, words, Counter top words, average lengths, and a concordance.
import re
from collections import Counter, defaultdict
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of
foolishness, it was the epoch of belief, it was the epoch of incredulity, it was the season of Light,
it was the season of Darkness, it was the spring of hope, it was the winter of despair. We had everything
before us, we had nothing before us! Were we all going direct to Heaven? We were all going direct the other way."""
sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", TEXT) if s.strip()]
words = re.findall(r"[a-z']+", TEXT.lower())
print("sentences:", len(sentences))
for s in sentences:
    print(f"  {len(s.split()):>3} words: {s[:50]}{'...' if len(s) > 50 else ''}")
print("words:", len(words), "unique:", len(set(words)))
counts = Counter(words)
print("top:", counts.most_common(6))
print("average word length:", round(sum(map(len, words)) / len(words), 3))
print("longest:", sorted({w for w in words if len(w) == max(map(len, words))}))
by_initial = defaultdict(list)
for w in sorted(set(words)):
    by_initial[w[0]].append(w)
for letter in sorted(by_initial)[:6]:
    print(letter, by_initial[letter])
concordance = defaultdict(list)
for i, w in enumerate(words):
    if w in ("times", "age", "epoch", "season"):
        context = " ".join(words[max(0, i - 2):i + 3])
        concordance[w].append(context)
for w, ctxs in concordance.items():
    print(w, "->", ctxs)
pairs = Counter(zip(words, words[1:]))
print(pairs.most_common(3))
print("capitalised:", re.findall(r"\b[A-Z][a-z]+\b", TEXT))
