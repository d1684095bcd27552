"""The HTML report in a real browser: headless Chromium driven by Selenium.

Needs Debian's ``chromium`` and ``chromium-driver`` and the ``browser`` extra
(``pip install -e '.[browser]'``); .ci/run installs them.  Where they cannot be
had, the test skips and says which is missing.  Screenshots of the page (laptop and
phone widths) are saved in the test's temporary folder for a person to look at.
"""

from __future__ import annotations

import importlib.util
import os
import shutil

import pytest

from checks.model import Fact, FactReport, Report, Result
from checks.report.publish import write_reports

from .samples import NOV9, ev

NASTY = '<img src=x onerror="window.__pwned=1">.txt'
SCRIPT_QUOTE = "<script>window.__pwned=2</script> The ceasefire was signed on 10 November 2020."
TRUCE = "The truce of Nov. 10, 2020 held."


def report() -> Report:
    sources = ("a.txt", "b.txt", NASTY)
    ceasefire = Fact("ceasefire-signed", "The ceasefire was signed on 9 November 2020.", "date", ("ceasefire",),
                     NOV9, "facts/war.yaml", 2)
    war = Fact("war-length", "The war lasted 44 days.", "number", ("war",), 44.0, "facts/war.yaml", 9)
    office = Fact("pm-office", "Pashinyan is <b>Prime Minister</b>.", "party", ("Pashinyan",),
                  ("Prime Minister",), "facts/people.yaml", 2)
    spoke = Fact("yerevan-talks", "Talks were held in Yerevan.", "place", ("talks",), ("Yerevan",),
                 "facts/people.yaml", 20)
    orphan = Fact("orphan", "Nobody mentions this.", "date", ("orphan",), NOV9, "facts/people.yaml", 8)
    agree_pm = (ev(2, "Prime Minister Pashinyan spoke.", "Prime Minister", "Prime Minister", True),)
    return Report(sources, (
        FactReport(ceasefire, (
            Result("a.txt", "differ", (ev(3, TRUCE, "Nov. 10, 2020", "2020-11-10", False),)),
            Result("b.txt", "agree", (ev(7, "Signed on 9 November 2020.", "9 November 2020", "2020-11-09", True),)),
            Result(NASTY, "differ", (ev(5, SCRIPT_QUOTE, "10 November 2020", "2020-11-10", False),)),
        )),
        FactReport(war, (
            Result("a.txt", "agree", (ev(5, "The war lasted 44 days.", "44 days", "44 days", True),)),
            Result("b.txt", "agree", (ev(9, "It took 44 days.", "44 days", "44 days", True),)),
            Result(NASTY, "silent"),
        )),
        FactReport(office, tuple(Result(s, "agree", agree_pm) for s in sources)),
        FactReport(orphan, tuple(Result(s, "silent") for s in sources)),
        FactReport(spoke, (
            Result("a.txt", "silent"),
            Result("b.txt", "agree", (ev(4, "Nikol Pashinyán hosted talks in Yerevan.", "Yerevan", "Yerevan", True),)),
            Result(NASTY, "silent"),
        )),
    ), (), (("a.txt", "Daily <i>Ledger</i>"), ("b.txt", "Hetq Ōnline")))


def _browser() -> tuple[str, str]:
    if importlib.util.find_spec("selenium") is None:
        pytest.skip("selenium is not installed: pip install -e '.[browser]'")
    chromium = next(filter(None, map(shutil.which, ("chromium", "chromium-browser", "google-chrome"))), None)
    driver = shutil.which("chromedriver") or next(
        (p for p in ("/usr/lib/chromium/chromedriver", "/usr/bin/chromedriver") if os.path.exists(p)), None)
    if not chromium or not driver:
        pytest.skip("no headless browser here: apt-get install chromium chromium-driver "
                    f"(chromium: {chromium or 'missing'}, chromedriver: {driver or 'missing'})")
    return chromium, driver


@pytest.fixture
def browser(tmp_path, monkeypatch):
    chromium, chromedriver = _browser()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    monkeypatch.setenv("SE_OFFLINE", "true")  # never let Selenium fetch a driver or browser
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                f"--user-data-dir={tmp_path / 'chromium-profile'}", "--window-size=1280,900"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=chromedriver))
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


def visible_rows(driver) -> list[str]:
    from selenium.webdriver.common.by import By

    return [row.find_element(By.TAG_NAME, "th").text
            for row in driver.find_elements(By.CSS_SELECTOR, "#matrix tbody tr") if row.is_displayed()]


def test_report_in_a_real_browser(browser, tmp_path):
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By

    html = next(p for p in write_reports(report(), tmp_path / "report") if p.suffix == ".html")
    browser.get(html.as_uri())
    title = browser.title

    # the matrix, and a discrepancy's quote with the found value marked
    assert browser.find_element(By.CSS_SELECTOR, "#matrix table").is_displayed()
    assert visible_rows(browser) == ["ceasefire-signed", "war-length", "pm-office", "orphan", "yerevan-talks"]
    quote = browser.find_element(By.CSS_SELECTOR, "#e1-1 q")
    assert quote.is_displayed() and quote.text == TRUCE
    assert quote.find_element(By.TAG_NAME, "mark").text == "Nov. 10, 2020"
    browser.save_screenshot(str(tmp_path / "report.png"))

    # a matrix cell leads to its evidence
    browser.find_element(By.CSS_SELECTOR, '#matrix a[href="#e1-1"]').click()
    assert browser.execute_script("return location.hash") == "#e1-1"

    # the verdict filter hides the facts every source agrees on
    agree = browser.find_element(By.CSS_SELECTOR, '#filters input[value="agree"]')
    agree.click()
    assert visible_rows(browser) == ["ceasefire-signed", "orphan"]
    assert not browser.find_element(By.ID, "f2").is_displayed()  # war-length's evidence goes too
    assert browser.find_element(By.ID, "shown").text == "2 of 5 facts shown"
    agree.click()
    assert len(visible_rows(browser)) == 5

    # the search box narrows to one fact (by id, or by words of its claim)
    search = browser.find_element(By.ID, "q")
    search.send_keys("war-len")
    assert visible_rows(browser) == ["war-length"]
    search.clear()
    search.send_keys("PRIME minister")
    assert visible_rows(browser) == ["pm-office"]
    search.clear()
    search.send_keys(" ")  # clear() fires no input event
    assert len(visible_rows(browser)) == 5

    def find(words: str) -> list[str]:
        browser.execute_script("arguments[0].value=arguments[1];"
                               "arguments[0].dispatchEvent(new Event('input'))", search, words)
        return visible_rows(browser)

    # the search covers quotes, outlets, source names and values, forgiving accents, case and a typo
    assert find("Pashinian") == ["pm-office", "yerevan-talks"]  # the claim, and a quote's "Pashinyán"
    assert find("PASHINYAN") == ["pm-office", "yerevan-talks"]
    assert find("hetq online") == ["ceasefire-signed", "war-length", "pm-office", "yerevan-talks"]  # b.txt's outlet
    assert find("daily ledgr") == ["ceasefire-signed", "war-length", "pm-office"]  # a.txt's, misspelt
    assert find("onerror") == ["ceasefire-signed", "pm-office"]  # a source's file name
    assert find("10 Nov 2020") == ["ceasefire-signed"]  # a value as shown
    assert find("2020-11-10") == ["ceasefire-signed"]  # and as normalised
    assert find("truce held") == ["ceasefire-signed"]  # words of a quote
    assert find("zzzzzz") == []

    # the search and the filters live in the URL: a reload (or a shared link) restores them
    find("Pashinian")
    browser.find_element(By.CSS_SELECTOR, '#filters input[value="silent"]').click()
    assert "q=Pashinian" in browser.current_url and "hide=silent" in browser.current_url
    browser.get(browser.current_url)
    search = browser.find_element(By.ID, "q")
    assert search.get_attribute("value") == "Pashinian"
    assert not browser.find_element(By.CSS_SELECTOR, '#filters input[value="silent"]').is_selected()
    assert visible_rows(browser) == ["pm-office", "yerevan-talks"]
    browser.get(html.as_uri())
    search = browser.find_element(By.ID, "q")
    assert search.get_attribute("value") == "" and len(visible_rows(browser)) == 5

    # markup in a source name, a quote, a claim and an outlet shows as text and runs nothing
    assert browser.execute_script("return window.__pwned") is None
    assert browser.execute_script("return document.images.length") == 0
    assert browser.execute_script("return document.scripts.length") == 1
    assert browser.title == title
    page = browser.find_element(By.TAG_NAME, "body").text
    assert NASTY in page and "<script>window.__pwned=2</script>" in page
    assert "Pashinyan is <b>Prime Minister</b>." in browser.find_element(By.ID, "f3").text
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text

    # the per-source view: what a source got right and wrong
    browser.find_element(By.CSS_SELECTOR, '#sources button[data-s="1"]').click()
    view = browser.find_element(By.CSS_SELECTOR, "#sources tr.per")
    assert "Differs on (1)" in view.text and "Agrees on (2)" in view.text
    assert TRUCE in view.text and "ceasefire-signed" in view.text
    assert "Daily <i>Ledger</i>" in page

    logs = [entry["message"] for entry in browser.get_log("browser")]
    assert not [m for m in logs if "Content Security Policy" in m or "Uncaught" in m], logs

    browser.set_window_size(390, 844)  # a phone
    browser.execute_script("window.scrollTo(0, 0)")
    browser.save_screenshot(str(tmp_path / "report-phone.png"))
    for shot in ("report.png", "report-phone.png"):
        assert (tmp_path / shot).stat().st_size > 10_000
    print(f"screenshots: {tmp_path / 'report.png'} {tmp_path / 'report-phone.png'}")
