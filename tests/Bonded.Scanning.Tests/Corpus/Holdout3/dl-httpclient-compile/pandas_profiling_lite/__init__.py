def profile(df):
    """Return per-column summary statistics as a dict."""
    out = {}
    for col in df.columns:
        s = df[col]
        out[col] = {"dtype": str(s.dtype), "missing": int(s.isna().sum()), "unique": int(s.nunique())}
        if s.dtype.kind in "if":
            out[col].update(mean=float(s.mean()), std=float(s.std()))
    return out
