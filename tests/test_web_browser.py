"""The operator's page in a real headless Chromium, served by the real composition (issue 14):
the live preview as one types, an error for a broken query, saving, the token, a cross-site post.

Skips, saying why, when Chromium or its driver is not installed (`.ci/run` installs them).
Set VEILLE_SCREENSHOTS=docs to refresh the README's screenshots."""
from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest

from tests.webpage import serving, wait_until

CHROMIUM, DRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (the test extra)")
if not (os.path.exists(CHROMIUM) and os.path.exists(DRIVER)):
    pytest.skip(f"no browser: {CHROMIUM} and {DRIVER} are needed (apt-get install -y chromium chromium-driver)",
                allow_module_level=True)

from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402


@pytest.fixture
def browser(tmp_path):
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 f"--user-data-dir={tmp_path / 'chromium'}", "--window-size=1280,900"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=webdriver.ChromeService(executable_path=DRIVER), options=options)
    driver.set_page_load_timeout(20)
    yield driver
    driver.quit()


def shoot(driver, name: str) -> None:
    target = os.environ.get("VEILLE_SCREENSHOTS")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(Path(target) / name))


def status_text(driver) -> str:
    return driver.find_element(By.ID, "preview-status").text


def type_query(driver, watch: str, text: str):
    field = driver.find_element(By.CSS_SELECTOR, f'form[data-watch="{watch}"] input.query')
    field.clear()
    field.send_keys(text)
    return field


async def test_typing_a_query_previews_it_and_saving_applies_it(tmp_path, browser):
    async with serving(tmp_path) as (running, base, _feeds):
        def in_browser() -> None:
            wait = WebDriverWait(browser, 10)
            browser.get(base + "/")
            type_query(browser, "Nvidia", "Nvidia OR Azure")
            wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#preview-articles li"))
            wait.until(lambda d: status_text(d).startswith("3 "))
            titles = [li.find_element(By.CSS_SELECTOR, "a, span").text
                      for li in browser.find_elements(By.CSS_SELECTOR, "#preview-articles li")]
            assert "Panne géante chez Azure" in titles
            bold = [b.text for b in browser.find_elements(By.CSS_SELECTOR, "#preview-articles b")]
            assert "Azure" in bold and "Nvidia" in bold
            assert browser.find_elements(By.TAG_NAME, "script")[0].get_attribute("src").endswith("/static/preview.js")
            shoot(browser, "web-watches.png")
            type_query(browser, "Nvidia", "title:(Nvidia OR")
            wait.until(lambda d: "colonne" in status_text(d))
            assert not browser.find_elements(By.CSS_SELECTOR, "#preview-articles li")
            field = type_query(browser, "Nvidia", "title:Nvidia OR Azure")
            wait.until(lambda d: status_text(d).startswith("3 "))
            field.submit()
            wait.until(lambda d: d.find_elements(By.ID, "saved"))

        await asyncio.to_thread(in_browser)
        text = (tmp_path / "config" / "keywords.toml").read_text()
        assert 'query = "title:Nvidia OR Azure"' in text and "(a comment the page must keep)" in text
        assert "# the first watch" in text
        await wait_until(lambda: any(w.query == "title:Nvidia OR Azure" for w in running.live.config.watches))

        def feeds_page() -> None:
            browser.get(base + "/feeds")
            assert "LeMagIT" in browser.find_element(By.CSS_SELECTOR, "table.feeds").text
            shoot(browser, "web-feeds.png")

        await asyncio.to_thread(feeds_page)


async def test_without_the_token_a_non_loopback_page_refuses(tmp_path, browser):
    env = {"VEILLE_WEB_TOKEN": "browser-test-token"}
    async with serving(tmp_path, listen="127.0.0.2:0", env=env) as (_, base, _feeds):
        def in_browser() -> None:
            browser.get(base + "/")
            assert "token" in browser.find_element(By.TAG_NAME, "body").text
            assert not browser.find_elements(By.CSS_SELECTOR, "input.query")
            browser.get(base + "/?token=browser-test-token")
            assert browser.find_elements(By.CSS_SELECTOR, "input.query")
            assert "token" not in browser.current_url

        await asyncio.to_thread(in_browser)


async def test_a_cross_site_form_post_is_refused(tmp_path, browser):
    """A page of another origin (file://) posts to the watch form; the browser sends its cookies
    only with SameSite=Strict withheld, and no CSRF token: refused, the file untouched."""
    async with serving(tmp_path) as (_, base, _feeds):
        before = (tmp_path / "config" / "keywords.toml").read_bytes()
        attack = tmp_path / "attack.html"
        attack.write_text(f'<form id="f" method="post" action="{base}/watches">'
                          '<input name="name" value="Nvidia"><input name="query" value="pwned">'
                          '<input name="csrf" value="guessed"></form>'
                          '<script>document.getElementById("f").submit()</script>')

        def in_browser() -> None:
            browser.get(base + "/")  # the victim has a session (a CSRF cookie) with the page
            browser.get(attack.as_uri())
            WebDriverWait(browser, 10).until(lambda d: d.current_url.startswith(base))
            assert "refused" in browser.find_element(By.TAG_NAME, "body").text

        await asyncio.to_thread(in_browser)
        assert (tmp_path / "config" / "keywords.toml").read_bytes() == before
