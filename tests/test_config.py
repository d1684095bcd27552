"""[tool.fact-checks] settings: detail_max_sources, from pyproject.toml and from --detail-max-sources."""

from __future__ import annotations

import pytest

from checks import config
from checks.cli import main

FACTS = """facts:
  - id: ceasefire-signed
    claim: The ceasefire was signed on 9 November 2020.
    kind: date
    about: [ceasefire]
    value: 2020-11-09
"""


def project(tmp_path, table: str, sources: int = 3):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.fact-checks]\nfacts_dir = "facts"\n'
                                             + table)
    (tmp_path / "facts").mkdir()
    (tmp_path / "facts" / "war.yaml").write_text(FACTS)
    (tmp_path / "seeds").mkdir()
    for i in range(sources):
        (tmp_path / "seeds" / f"s{i}.txt").write_text("The ceasefire was signed on 9 November 2020.\n")
    return tmp_path


def test_detail_max_sources_is_read_from_pyproject(tmp_path):
    assert config.load(project(tmp_path, "detail_max_sources = 25\n")).detail_max_sources == 25


def test_left_out_it_is_none_and_each_output_keeps_its_default(tmp_path):
    assert config.load(project(tmp_path, "")).detail_max_sources is None


@pytest.mark.parametrize("value", ["-1", "2.5", '"40"', "true", "[3]"])
def test_a_value_that_is_not_a_number_of_sources_is_named_with_its_file_and_line(tmp_path, value):
    settings = config.load(project(tmp_path, f"seeds_dir = \"seeds\"\ndetail_max_sources = {value}\n"))
    assert settings.detail_max_sources is None
    (problem,) = settings.problems
    assert problem.startswith(f"{tmp_path / 'pyproject.toml'}:7: [tool.fact-checks] detail_max_sources = ")
    assert "is not a number of sources — write a whole number of sources, 0 or more" in problem


def test_the_line_is_the_one_in_the_fact_checks_table(tmp_path):
    path = tmp_path / "pyproject.toml"
    path.write_text('[tool.other]\ndetail_max_sources = 1\n\n[tool."fact-checks"]  # ours\n\ndetail_max_sources = -2\n')
    assert config.line_of(path, "detail_max_sources") == 6


def run(capsys, *args):
    code = main(["report", "--no-cache", "--jobs", "1", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_the_command_line_counts_past_the_setting_from_pyproject(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(project(tmp_path, "detail_max_sources = 2\n"))
    code, out, _ = run(capsys)
    assert code == 0 and "3 sources are too many to show one by one (detail_max_sources = 2)" in out
    code, out, _ = run(capsys, "--detail-max-sources", "3")  # the flag wins
    assert code == 0 and "too many" not in out and " 1  2  3" in out


def test_the_flag_sets_it_for_the_report_files_too(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(project(tmp_path, ""))
    run(capsys, "--detail-max-sources", "2", "--report-dir", "out", "--format", "line")
    assert "(more than detail_max_sources = 2)" in (tmp_path / "out" / "discrepancies.md").read_text()
    assert '<th scope="col">verdicts</th>' in (tmp_path / "out" / "discrepancies.html").read_text()
    run(capsys, "--detail-max-sources", "3", "--report-dir", "out", "--format", "line")
    assert "detail_max_sources" not in (tmp_path / "out" / "discrepancies.md").read_text()


def test_a_bad_flag_is_a_usage_error_naming_it(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(project(tmp_path, ""))
    with pytest.raises(SystemExit) as exit:
        run(capsys, "--detail-max-sources", "many")
    assert exit.value.code == 2
    assert "--detail-max-sources 'many' is not a number of sources" in capsys.readouterr().err


def test_a_bad_value_in_pyproject_is_an_error_on_the_command_line(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(project(tmp_path, "detail_max_sources = -5\n"))
    _, _, err = run(capsys)
    assert f"error: {tmp_path / 'pyproject.toml'}:6: [tool.fact-checks] detail_max_sources = -5 is not" in err
