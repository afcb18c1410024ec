"""Entities of an article: people, organisations and places with all their mentions clustered,
and the resolver that turns a speaker's words into one of them."""

from newsdesk.stages.entities.index import EntityIndex, SpeakerGuess, build_index

__all__ = ["EntityIndex", "SpeakerGuess", "build_index"]
