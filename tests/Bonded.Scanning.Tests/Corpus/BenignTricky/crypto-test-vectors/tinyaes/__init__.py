"""A tiny AES implementation for tests and teaching."""

SBOX = bytes.fromhex(
    "637c777bf26b6fc53001672bfed7ab76ca82c97dfa5947f0add4a2af9ca472c0"
    "b7fd9326363ff7cc34a5e5f171d8311504c723c31896059a071280e2eb27b275"
)


def sub_bytes(state):
    """Apply the (truncated) S-box."""
    return bytes(SBOX[b % len(SBOX)] for b in state)
