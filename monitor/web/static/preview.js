// The live preview (issue 14): as a watch's query is typed, ~250 ms after the last key, ask
// /api/preview what it would have alerted; only the answer to the latest request is shown.
"use strict";
(function () {
  const section = document.getElementById("preview");
  if (!section) return;
  const status = document.getElementById("preview-status");
  const list = document.getElementById("preview-articles");
  let timer = null, latest = 0, inFlight = null;

  function show(input, data) {
    list.replaceChildren();
    status.classList.toggle("error", !data.ok);
    input.classList.toggle("invalid", !data.ok);
    if (!data.ok) { status.textContent = data.error; return; }
    const count = data.stories + (data.capped ? "+" : "");
    status.textContent = data.stories === 0 ? section.dataset.noMatch :
      `${count} ${section.dataset.stories} · ${data.alerts}${data.capped ? "+" : ""} ${section.dataset.wouldSend}`;
    for (const a of data.articles) {
      const li = document.createElement("li");
      const title = document.createElement(a.link ? "a" : "span");
      if (a.link) { title.href = a.link; title.rel = "noopener noreferrer"; }
      title.innerHTML = a.title;  // escaped by the server, matched words in <b>
      const meta = document.createElement("small");
      meta.textContent = ` ${a.feed} · ${a.published}`;
      const excerpt = document.createElement("div");
      excerpt.innerHTML = a.excerpt;  // escaped by the server
      li.append(title, meta, excerpt);
      list.append(li);
    }
  }

  async function ask(input) {
    const form = input.form, id = ++latest;
    if (inFlight) inFlight.abort();
    inFlight = new AbortController();
    const params = new URLSearchParams({q: input.value, watch: form.dataset.watch || ""});
    try {
      const response = await fetch(`/api/preview?${params}`, {signal: inFlight.signal, credentials: "same-origin"});
      const data = await response.json();
      if (id === latest) { show(input, data); section.dataset.query = input.value; }
    } catch (err) {
      if (err.name !== "AbortError") status.textContent = String(err);
    }
  }

  for (const input of document.querySelectorAll("input.query")) {
    input.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(() => ask(input), 250);
    });
    input.addEventListener("focus", () => ask(input));
  }
})();
