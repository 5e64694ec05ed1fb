# Common slicing idioms: copies, reversal, rotation, chunking, every nth, trimming, palindromes, and negative-step edge cases.
data = list(range(10))
copy = data[:]
copy[0] = 99
print(data[0], copy[0])
def rotate(lst, k):
    k %= len(lst) if lst else 1
    return lst[k:] + lst[:k]
print(rotate(data, 3), rotate(data, -2), rotate(data, 13), rotate([], 5))
print([data[i:i + 4] for i in range(0, len(data), 4)])
print(data[::3], data[1::3], data[-1::-3])
print(data[2:-2], data[:-1], data[1:], data[-3:-1])
word = "racecar"
print(word == word[::-1], "python"[::-1], "python"[-1:-4:-1], "python"[4:1:-1])
print(data[5:2], data[5:2:-1], data[-1:-11:-1] == data[::-1], data[9:-11:-1])
s = "  padded text  "
i, j = 0, len(s)
while i < j and s[i] == " ":
    i += 1
while j > i and s[j - 1] == " ":
    j -= 1
print(repr(s[i:j]), repr(s.strip()) == repr(s[i:j]))
header, body, footer = data[:2], data[2:-2], data[-2:]
print(header, body, footer)
evens, odds = data[::2], data[1::2]
print(list(zip(evens, odds)), [x for pair in zip(odds, evens) for x in pair])
text = "abcdefghij"
print(text[:3] + "..." + text[-3:], text[len(text) // 2:], text[:len(text) // 2])
