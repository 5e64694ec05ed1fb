# Validation rules; the failing check lives in a sibling module.
from .checks import require_name
def validate_all(records):
    results = []
    for r in records:
        require_name(r)
        results.append(f"{r['name']} ({'adult' if r['age'] >= 18 else 'minor'})")
    return results
