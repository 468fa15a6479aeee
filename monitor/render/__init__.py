"""What users read, rendered purely from plain data: alerts (HTML, plain text, console), digests,
and every message in the user's language. Needs no Telegram library."""
