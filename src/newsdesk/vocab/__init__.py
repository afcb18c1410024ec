"""Vocabularies as data: cue verbs, titles, boilerplate phrases, time zones, byline words.

Stages import these; nothing here imports a stage.
"""
