"""Named entities with places geocoded (spaCy component ``sitrep_entities_v1``).

The small English model mislabels names it has not seen (a Kazakh town as PERSON, a city as
ORG, "Nur-Sultan" as PERSON "Nur") and labels page chrome ("Reply") as ORG. So no label is
trusted blindly: every entity span, and every capitalised proper-noun run the model missed, is
checked against the gazetteer in the document's geographic context before it becomes a place,
and junk is dropped. Demonyms ("Russian", "Kazakhs") stay NORP but carry their country as
``place`` so "Russian troops" locates an actor without calling the word a place.

Crisis news names its main actors with common-noun phrases the model never labels: "the Kazakh
government", "the government of Sudan", "Almaty police", "the office of the President",
"Russian airborne troops", "the Yabloko party", "state broadcaster MRTV". Matcher rules over
the parse add them as ORG (:mod:`.rules`), with a
normal form in ``canonical`` so that "Kazakh government", "Kazakhstani regime" and "government
of Kazakhstan" meet as "Government of Kazakhstan" across documents. Short forms are linked to
the full form used in the same document (surname -> full name, acronym -> expansion) in
``EntityMention.canonical``.

The package's modules follow the component's steps (:mod:`.finder` runs them in order):

* :mod:`.candidates`: finding names (the model's entities, runs it missed, datelines, acronyms);
* :mod:`.rules`: institutional actors written with common nouns and their normal forms;
* :mod:`.spans`: cutting each candidate to its name and rejecting junk;
* :mod:`.labels`: labels from the sentence and the document;
* :mod:`.places`: whether a name is a place (with the gazetteer);
* :mod:`.sites`: places inside towns and organisations' names, sites placed at their town;
* :mod:`.attributes`: an organisation's descriptors, a person's office;
* :mod:`.naming`: canonical forms (surname -> full name, acronym -> expansion, other names);
* :mod:`.vocabulary`: the word lists, patterns and thresholds all of them read (data only).
"""

from sitrep.extract.entities.finder import EntityFinder, find_entities, make_entity_finder
from sitrep.extract.entities.naming import link_canonical
from sitrep.extract.gazetteer import context_from, geocode, norm_key

__all__ = [
    "EntityFinder",
    "find_entities",
    "link_canonical",
    "make_entity_finder",
    "geocode",
    "norm_key",
    "context_from",
]
