"""Keys and trust: Ed25519 desk keys, where private keys are kept, fingerprints."""
