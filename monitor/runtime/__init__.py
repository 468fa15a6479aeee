"""The composition root: `run` and `poll --once` build every part, complete, and start them."""
