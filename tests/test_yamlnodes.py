"""Safe YAML reading: limits that refuse hostile files fast and say where, without refusing big plain ones."""

import tracemalloc

import yaml
from hypothesis import given, settings, strategies as st

from checks.yamlnodes import MAX_DEPTH, load


def messages(text: str) -> list[str]:
    return [str(p) for p in load(text, "f.yaml")[1]]


def test_nesting_deeper_than_the_limit_is_refused_at_its_line_not_a_recursion_error():
    deep = "facts:\n  - id: x\n    about: " + "[" * 600 + "]" * 600 + "\n"
    [problem] = load(deep, "f.yaml")[1]
    assert (problem.line, problem.column) == (3, 9 + MAX_DEPTH)  # the 51st level: facts, the list and the record are three
    assert str(problem) == (f"f.yaml:3: values are nested more than {MAX_DEPTH} levels deep"
                            " — flatten the structure; fact records nest at most four levels")


def test_block_nesting_is_refused_too():
    deep = "".join("  " * i + f"k{i}:\n" for i in range(MAX_DEPTH + 5)) + "  " * (MAX_DEPTH + 5) + "v\n"
    assert any(f"values are nested more than {MAX_DEPTH} levels deep" in m for m in messages(deep))


def test_an_alias_inside_its_own_anchor_is_refused():
    assert messages("a: &x [1, *x]\n") == [
        "f.yaml:1: an alias refers to the value that holds it — write the records out without YAML aliases (&, *)"]


def test_a_few_aliases_are_expanded_as_yaml_says():
    doc, found = load("a: &x [1, 2]\nb: *x\n", "f.yaml")
    assert found == [] and [v.value for v in doc.value["b"].value] == ["1", "2"]


def test_an_alias_bomb_is_measured_without_expanding_it():
    bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    for i in range(1, 9):
        bomb += f"{chr(97 + i)}: &{chr(97 + i)} [" + ", ".join([f"*{chr(96 + i)}"] * 10) + "]\n"
    tracemalloc.start()
    found = messages(bomb)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert len(found) == 1 and "aliases expand to" in found[0] and found[0].startswith("f.yaml:1:")
    assert peak < 5_000_000  # expanded, it would hold a billion values


def test_a_control_character_is_reported_at_its_own_line_and_column():
    text = "facts:\n  - id: a\n    claim: bad\x07claim\n"
    [problem] = load(text, "f.yaml")[1]
    assert (problem.line, problem.column) == (3, 15)  # not line 1, "position 34"
    assert str(problem) == ("f.yaml:3: the control character U+0007 cannot appear in YAML"
                            " — delete it (it is invisible in most editors; retype the line)")


plain = st.recursive(
    # (no line or paragraph separator, U+2028/U+2029: the loader refuses them at their line, as an editor shows no break
    # there; NEL, U+0085, is a Cc)
    st.one_of(st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp")), max_size=8),
              st.integers()),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.from_regex(r"[a-z]{1,6}", fullmatch=True), inner, max_size=4),
    max_leaves=40)


def unwrap(node):
    value = node.value
    if isinstance(value, list):
        return [unwrap(n) for n in value]
    if isinstance(value, dict):
        return {k: unwrap(n) for k, n in value.items()}
    return str(value)


def stringify(value):
    if isinstance(value, list):
        return [stringify(v) for v in value]
    if isinstance(value, dict):
        return {k: stringify(v) for k, v in value.items()}
    return str(value)


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(st.from_regex(r"[a-z]{1,6}", fullmatch=True), plain, min_size=1, max_size=5))
def test_any_plain_document_without_aliases_loads_whole(doc):
    text = yaml.safe_dump(doc, allow_unicode=True)
    found, problems = load(text, "f.yaml")
    assert problems == []
    assert unwrap(found) == stringify(yaml.safe_load(text))


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=999))
def test_a_thousands_comma_in_a_bracketed_list_is_refused_where_it_splits_a_number(high, low):
    text = f"facts:\n  - id: x\n    about: [milestone, {high},{low:03d}]\n"
    [problem] = load(text, "f.yaml")[1]
    assert (problem.line, problem.column, problem.code) == (3, 24, "number-split")
    assert f"{high},{low:03d} in a [...] list is read as two values, {high} and {low:03d}" in problem.message
    # quoted, spaced, or in a block list it is what the editor wrote
    for fine in (f"['{high},{low:03d}']", f"[{high}, {low:03d}]", f"\n      - {high},{low:03d}"):
        assert load(f"facts:\n  - id: x\n    about: {fine}\n", "f.yaml")[1] == []
