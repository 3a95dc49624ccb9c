// Interviews: newest first, a page at a time ("Load more" follows next_cursor); each opens its
// review page.
import { api, el, formatTime, page, showError } from "./api.js";
import { LANGUAGE_NAMES, duration, interviewLength, interviewTitle, plural } from "./interview-format.js";

const PAGE_SIZE = 20;
const $ = (id) => document.getElementById(id);
const list = $("interview-list");
const state = { cursor: null, loading: false, done: false };

function interviewView(interview) {
  const length = interviewLength(interview);
  const href = `/interviews/${encodeURIComponent(interview.id)}`;
  return el(
    "li",
    { class: "qa card interview-item", dataset: { id: interview.id } },
    el("h2", { class: "qa__question" }, el("a", { href }, interviewTitle(interview))),
    el(
      "p",
      { class: "qa__meta" },
      el("time", { datetime: interview.started_at }, formatTime(interview.started_at)),
      el("span", {}, length === null ? "not ended" : duration(length)),
      el("span", {}, plural(interview.question_count || 0, "question")),
      el("span", {}, plural(interview.utterance_count || 0, "line")),
      interview.language
        ? el("span", { class: "tag" }, LANGUAGE_NAMES[interview.language] || interview.language.toUpperCase())
        : null,
      el("a", { class: "button button--small button--ghost interview-item__open", href }, "Review"),
    ),
  );
}

async function loadMore() {
  if (state.loading || state.done) return;
  state.loading = true;
  $("interviews-loading").hidden = false;
  $("load-more").disabled = true;
  const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
  if (state.cursor) params.set("cursor", state.cursor);
  try {
    const body = await api(`/api/interviews?${params}`);
    list.append(...body.items.map(interviewView));
    state.cursor = body.next_cursor;
    state.done = !body.next_cursor;
  } catch (error) {
    showError(error);
  } finally {
    state.loading = false;
    $("interviews-loading").hidden = true;
    $("load-more").disabled = false;
    $("load-more").hidden = state.done;
    $("interviews-empty").hidden = !(state.done && list.children.length === 0);
    list.setAttribute("aria-busy", "false");
  }
}

page(async () => {
  $("load-more").addEventListener("click", loadMore);
  await loadMore();
});
