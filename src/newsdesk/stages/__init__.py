"""Pure stages: value in, value out. No files, network, database or clocks.

A stage never raises on bad input: it returns a value, or a rejection with a reason.
"""
