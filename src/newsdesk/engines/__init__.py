"""Engines: how a batch of pages is spread over processes and machines. The pipeline and the
adapters stay the same; an engine only decides where ``run_one`` runs."""
