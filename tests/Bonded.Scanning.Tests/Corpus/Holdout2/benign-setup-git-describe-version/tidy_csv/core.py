import csv
import io


def sniff(sample):
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        return csv.excel


def tidy(raw: bytes, encodings=("utf-8-sig", "cp1252", "latin-1")):
    for enc in encodings:
        try:
            text = raw.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    dialect = sniff(text[:4096])
    rows = list(csv.reader(io.StringIO(text), dialect))
    if rows:
        rows[0] = [h.strip().lower().replace(" ", "_") for h in rows[0]]
    return rows
