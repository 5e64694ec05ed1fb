# Bowling score calculator with frame-by-frame running totals, strikes, spares, the tenth frame, and validation errors.
class BowlingError(ValueError):
    pass
def score_frames(rolls):
    frames, i = [], 0
    for frame in range(10):
        if i >= len(rolls):
            raise BowlingError(f"incomplete game at frame {frame + 1}")
        if rolls[i] == 10:
            if i + 2 >= len(rolls):
                raise BowlingError("missing strike bonus")
            frames.append(10 + rolls[i + 1] + rolls[i + 2])
            i += 1
        else:
            if i + 1 >= len(rolls):
                raise BowlingError(f"incomplete frame {frame + 1}")
            pins = rolls[i] + rolls[i + 1]
            if pins > 10:
                raise BowlingError(f"frame {frame + 1} knocks {pins} pins")
            if pins == 10:
                if i + 2 >= len(rolls):
                    raise BowlingError("missing spare bonus")
                frames.append(10 + rolls[i + 2])
            else:
                frames.append(pins)
            i += 2
    running, total = [], 0
    for f in frames:
        total += f
        running.append(total)
    return running
games = {
    "gutter": [0] * 20,
    "all ones": [1] * 20,
    "one spare": [5, 5, 3] + [0] * 17,
    "one strike": [10, 3, 4] + [0] * 16,
    "perfect": [10] * 12,
    "all spares": [5] * 21,
    "typical": [10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1],
    "too many pins": [7, 6] + [0] * 18,
    "short": [10, 10],
}
for name, rolls in games.items():
    try:
        running = score_frames(rolls)
        print(f"{name:<14} {running[-1]:>3}  {running}")
    except BowlingError as e:
        print(f"{name:<14} error: {e}")
