# Capital sigma lowers to final sigma (U+03C2) after a cased letter and before none, skipping case-ignorable
# characters (Unicode's Final_Sigma, Objects/unicodeobject.c handle_capital_sigma), in lower, swapcase, capitalize, title.
for t in ["ΣΑΣ", "ΟΔΥΣΣΕΥΣ", "Σ", "ΑΣ.", "ΑΣ'Β", "ΑΣ Β", "aΣ", "Σa", "AΣ1", "ΑΣ̈", "ΑΣ̈Β", "ΣΣ", " Σ ", "ΑΣ!"]:
    print(repr(t.lower()), repr(t.casefold()), repr(t.swapcase()), repr(t.capitalize()), repr(t.title()))
