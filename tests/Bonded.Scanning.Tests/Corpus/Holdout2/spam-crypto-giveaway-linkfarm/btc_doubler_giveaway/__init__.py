print("Visit https://btc-double.invalid/claim to participate")
