"""Benchmarks of Veille against the peers people would use instead (`python -m bench`)."""
