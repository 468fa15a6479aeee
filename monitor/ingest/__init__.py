"""Article pages: fetch politely, respect robots.txt, extract the main text (issue 11)."""
