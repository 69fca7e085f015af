"""Search as users type it, over a real store: stemming, OR, phrases, NEAR, exclusion,
and no query, however malformed, raises."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import make_document
from sitrep.store import Store
from sitrep.store.search import parse, plain, to_fts

# An invented crisis: a flood and unrest in a river town
TEXTS = {
    "d1": "Police killed two protesters near the bridge in Marovia on Tuesday.",
    "d2": "The government declared a state of emergency after the floods.",
    "d3": "A curfew was imposed in the capital; soldiers patrolled the market.",
    "d4": "Protesters marched to the bridge, where the police fired tear gas at them.",
    "d5": "Rescue teams said the killing of a fisherman was under investigation.",
}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    with Store(tmp_path_factory.mktemp("search") / "s.db") as s:
        for doc_id, text in TEXTS.items():
            s.add_document(make_document(doc_id, text, title=None))
        yield s


def found(store: Store, query: str) -> set[str]:
    return {h["doc"] for h in store.search(query, 50)}


def test_words_are_stemmed(store):
    assert found(store, "kill") == {"d1", "d5"}  # killed, killing
    assert found(store, "killed") == found(store, "kill")
    assert found(store, "protester") == {"d1", "d4"}


def test_plain_words_are_all_required(store):
    assert found(store, "police bridge") == {"d1", "d4"}
    assert found(store, "police curfew") == set()


def test_or_matches_either(store):
    assert found(store, "curfew OR emergency") == {"d2", "d3"}
    assert found(store, "curfew OR emergency OR fisherman") == {"d2", "d3", "d5"}
    # in lower case it is a word like any other (and here required)
    assert found(store, "curfew or emergency") == set()


def test_quoted_phrases_keep_their_order(store):
    assert found(store, '"state of emergency"') == {"d2"}
    assert found(store, '"emergency of state"') == set()
    assert found(store, '"tear gas" OR "state of emergency"') == {"d2", "d4"}


def test_near(store):
    # d1: "Police killed two protesters"; d4: "Protesters ... the police": 7 words apart
    assert found(store, "police NEAR/3 protesters") == {"d1"}
    assert found(store, "police NEAR protesters") == {"d1", "d4"}
    assert found(store, "NEAR(police protesters, 3)") == {"d1"}


def test_a_minus_or_not_leaves_documents_out(store):
    assert found(store, "police -gas") == {"d1"}
    assert found(store, "police NOT gas") == {"d1"}
    assert found(store, 'bridge -"tear gas"') == {"d1"}
    assert found(store, "-(police OR curfew) the") == {"d2", "d5"}
    # only exclusions: every other document
    assert found(store, "-police -curfew") == {"d2", "d5"}
    # a hyphen inside a word is no exclusion
    assert found(store, "tear-gas") == {"d4"}


def test_groups_and_prefixes(store):
    assert found(store, "(curfew OR flood) -soldiers") == {"d2"}
    assert found(store, "fish*") == {"d5"}


def test_results_carry_a_snippet_with_the_hits_marked(store):
    (hit,) = store.search("fisherman")
    assert hit["doc"] == "d5" and "[fisherman]" in hit["snippet"]


@pytest.mark.parametrize(
    "query",
    [
        'police "unclosed',
        "(police OR",
        "OR",
        "NOT",
        "-",
        "NEAR(",
        "NEAR(police, x)",
        ")(",
        "*",
        "police AND AND bridge",
        "^police",
        "title:police",
        "police:",
        '""',
        "((((((((((((((((((((police))))))))))))))))))))",
        "NEAR/99999999999 police",
        "police NEAR/1",
        "{police}",
        "police + bridge",
    ],
)
def test_malformed_queries_never_raise(store, query):
    hits = store.search(query)
    assert isinstance(hits, list)


def test_a_malformed_query_searches_its_words(store):
    assert found(store, "(police bridge") == {"d1", "d4"}
    assert found(store, 'police "bridge') == {"d1", "d4"}
    assert found(store, "police OR") == {"d1", "d4"}


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            list("abc ()\"-*:^,/+{}.'é5") + [" OR ", " NOT ", "NEAR", "NEAR/2", " AND "]
        ),
        max_size=20,
    ).map("".join)
)
def test_any_query_is_well_formed_fts5(query):
    con = sqlite3.connect(":memory:")
    con.execute("CREATE VIRTUAL TABLE f USING fts5(body, tokenize='porter unicode61')")
    con.execute("INSERT INTO f VALUES ('a b c')")
    match = to_fts(query)
    for q in (match and match.include, match and match.exclude, plain(query)):
        if q:
            con.execute("SELECT * FROM f WHERE f MATCH ?", (q,)).fetchall()


def test_operators_are_read_as_typed():
    assert parse("a OR b c").parts[0].__class__.__name__ == "Either"
    assert to_fts("a OR b").include == '(("a") OR ("b"))'
    assert to_fts("-a").include is None and to_fts("-a").exclude == '("a")'
    assert to_fts("x NEAR/4 y").include == '(NEAR("x" "y", 4))'


def test_a_store_from_before_stemming_is_reindexed(tmp_path):
    path = tmp_path / "old.db"
    with Store(path, upgrade_to=6) as old:
        old.add_document(make_document("a", "Soldiers were killed at the checkpoint."))
        assert old.search("kill") == []  # no stemming before
    with Store(path) as store:
        assert [h["doc"] for h in store.search("kill")] == ["a"]
        n_fts = store.conn.execute("SELECT count(*) FROM documents_fts").fetchone()[0]
        assert n_fts == 1


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_any_text_searches_without_raising(tmp_path_factory, query):
    path = tmp_path_factory.getbasetemp() / "fuzz.db"
    with Store(path) as s:
        if not s.document_ids():
            s.add_document(make_document("a", "Police killed two protesters."))
        assert isinstance(s.search(query), list)


def test_the_app_searches_with_the_same_syntax(tmp_path):
    from fastapi.testclient import TestClient

    from sitrep.serve.app import create_app

    db = tmp_path / "app.db"
    with Store(db) as s:
        for doc_id, text in TEXTS.items():
            s.add_document(make_document(doc_id, text))
    with TestClient(create_app(db, allowed_hosts=("testserver",))) as client:
        api = client.get("/api/search", params={"q": "kill"})
        assert api.status_code == 200 and {h["doc"] for h in api.json()} == {"d1", "d5"}
        either = client.get("/api/search", params={"q": "curfew OR emergency"}).json()
        assert {h["doc"] for h in either} == {"d2", "d3"}
        for q in ['"unclosed', "(curfew OR", "NEAR(", "-"]:
            assert client.get("/api/search", params={"q": q}).status_code == 200
            assert client.get("/search", params={"q": q}).status_code == 200
        page = client.get("/search", params={"q": '"state of emergency"'}).text
        assert "1 result for" in page and "<mark>state of emergency</mark>" in page
