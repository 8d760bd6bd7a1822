"""Merge reports of one event across articles: hard rules, a weighted score, explained and reversible.

``score`` decides whether a report joins a known event; ``canonical`` builds the merged event and
its disputes; ``cluster`` runs the same decision over a batch in memory (for evaluation).
"""
