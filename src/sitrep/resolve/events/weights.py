"""How much an event weighs on the main timeline, by what it is (rules as data).

Deaths and decisions of state are what a crisis timeline is made of; statements and the
grab-bag "other" are its commentary."""

from __future__ import annotations

TYPE_WEIGHT: dict[str, float] = {
    "statement": 0.6,
    "other": 0.8,
    "killing": 1.3,
    "government_dismissal": 1.5,
    "appointment_dismissal": 1.3,
    "state_of_emergency": 1.5,
    "internet_shutdown": 1.3,
    "price_change": 1.2,
    "deployment": 1.2,
}
DEATHS_WEIGHT = 0.3  # added per tenfold of deaths (log10(1 + deaths))
ARTICLE_WEIGHT = 0.5  # separate articles of one outlet, against outlets (log2 each)
IMPRECISE_DAY_WEIGHT = 0.5  # an event dated only by its first report's publication day
