def profile(df):
    return df.describe(include="all")
