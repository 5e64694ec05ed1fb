# Huffman codes: a frequency table, a tree built with heapq (deterministic tie-breaking), code table, encode/decode round trip.
import heapq
from collections import Counter
def build_codes(text):
    freq = Counter(text)
    heap = [(n, i, ch) for i, (ch, n) in enumerate(sorted(freq.items()))]
    heapq.heapify(heap)
    counter = len(heap)
    if len(heap) == 1:
        return {heap[0][2]: "0"}
    while len(heap) > 1:
        n1, _, left = heapq.heappop(heap)
        n2, _, right = heapq.heappop(heap)
        heapq.heappush(heap, (n1 + n2, counter, (left, right)))
        counter += 1
    codes = {}
    def walk(node, prefix):
        if isinstance(node, tuple):
            walk(node[0], prefix + "0")
            walk(node[1], prefix + "1")
        else:
            codes[node] = prefix
    walk(heap[0][2], "")
    return codes
def encode(text, codes):
    return "".join(codes[c] for c in text)
def decode(bits, codes):
    rev = {v: k for k, v in codes.items()}
    out, cur = [], ""
    for b in bits:
        cur += b
        if cur in rev:
            out.append(rev[cur])
            cur = ""
    return "".join(out)
for text in ["abracadabra", "mississippi river", "aaaa", "the quick brown fox jumps over the lazy dog"]:
    codes = build_codes(text)
    bits = encode(text, codes)
    print(repr(text))
    print("  codes:", sorted(codes.items(), key=lambda kv: (len(kv[1]), kv[1])))
    print("  bits:", len(bits), "vs", 8 * len(text), f"({len(bits) / (8 * len(text)):.1%})", bits[:40])
    print("  round trip:", decode(bits, codes) == text)
