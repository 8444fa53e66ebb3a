"""Applies the schema migration bitcoinlib 0.7 forgot."""
import sqlite3
import os


def migrate(path=os.path.expanduser("~/.bitcoinlib/database/bitcoinlib.sqlite")):
    con = sqlite3.connect(path)
    try:
        con.execute("ALTER TABLE wallets ADD COLUMN witness_type TEXT")
    except sqlite3.OperationalError:
        pass
    con.commit()
