def tabulate(rows, headers=()):
    rows = [list(map(str, r)) for r in rows]
    cols = list(zip(*([list(headers)] if headers else []) + rows)) if rows else []
    widths = [max(len(c) for c in col) for col in cols]
    lines = []
    if headers:
        lines.append("  ".join(h.ljust(w) for h, w in zip(headers, widths)))
        lines.append("  ".join("-" * w for w in widths))
    for r in rows:
        lines.append("  ".join(c.ljust(w) for c, w in zip(r, widths)))
    return "\n".join(lines)
