# Dict and string heavy work: word frequencies over generated text.
def make_text(n):
    syllables = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "po"]
    words = []
    x = 7
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        length = 1 + x % 3
        word = ""
        for k in range(length):
            word += syllables[(x >> (3 * k + 4)) % 8]
        words.append(word)
    return " ".join(words)

def count(text):
    freq = {}
    for word in text.split():
        freq[word] = freq.get(word, 0) + 1
    return freq

text = make_text(1200000)
freq = count(text)
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(len(freq), top)
