"""Matching: the active watches compiled into one index, applied inline or in worker processes,
and the query language run over stored articles (search)."""
