# Tic-tac-toe with minimax (memoized): perfect play from empty board is a draw; best moves for a few positions.
from functools import lru_cache
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]
def winner(board):
    for a, b, c in LINES:
        if board[a] != "." and board[a] == board[b] == board[c]:
            return board[a]
    return None
@lru_cache(maxsize=None)
def minimax(board, player):
    w = winner(board)
    if w:
        return (1 if w == "X" else -1), None
    if "." not in board:
        return 0, None
    best = None
    for i, cell in enumerate(board):
        if cell == ".":
            nxt = board[:i] + player + board[i + 1:]
            score, _ = minimax(nxt, "O" if player == "X" else "X")
            if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
                best = (score, i)
    return best
def show(board):
    return "\n".join(" ".join(board[r * 3:r * 3 + 3]) for r in range(3))
board, player = "." * 9, "X"
while winner(board) is None and "." in board:
    score, move = minimax(board, player)
    board = board[:move] + player + board[move + 1:]
    print(f"{player} plays {move} (expected outcome {score:+d})")
    player = "O" if player == "X" else "X"
print(show(board))
print("winner:", winner(board) or "draw")
for pos, to_move in [("XX.OO....", "X"), ("XX.OO....", "O"), ("X...O...X", "O"), ("O.X.X....", "O")]:
    print(pos, to_move, minimax(pos, to_move))
print("positions evaluated:", minimax.cache_info().currsize)
