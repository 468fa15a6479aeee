"""Pure decisions over plain data: no clock, no I/O (is this entry new, who gets which alert,
when to poll next, is Veille healthy). The pipeline and the store load the facts; these decide."""
