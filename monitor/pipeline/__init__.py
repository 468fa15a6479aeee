"""The orchestrator of polling: one job per feed, each poll walked through fetch -> parse ->
decide/match -> store + outbox."""
