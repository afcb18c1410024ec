"""The text path: pages a scraper already flattened to lines."""
