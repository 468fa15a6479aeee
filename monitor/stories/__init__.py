"""Story grouping (issue 12): which recent article, if any, reports the same event as a new one.

Pure: no I/O, no clock; imports nothing of `monitor` but `monitor.query` (the one normaliser).
"""
from monitor.stories.decision import same_story, score, threshold
from monitor.stories.features import LEAD_CHARS, StoryArticle, StoryFeatures, features
from monitor.stories.index import StoryIndex

__all__ = ["LEAD_CHARS", "StoryArticle", "StoryFeatures", "StoryIndex", "features", "same_story", "score", "threshold"]
