"""Ingest: an address in, typed entries out: fetch (HTTP), the address guard, parse, links, HTML to text."""
