// History: newest first with infinite scroll (next_cursor), debounced search, delete one or all,
// and export as JSON, CSV or Markdown.
import { api, confirmDialog, debounce, el, formatTime, page, showError } from "./api.js";
import { exportHistory } from "./history-export.js";

const PAGE_SIZE = 20;
const $ = (id) => document.getElementById(id);
const list = $("history-list");
const status = $("history-status");

const state = { query: "", cursor: null, loading: false, done: false, generation: 0, total: 0 };

function entryView(entry) {
  return el(
    "li",
    { class: "qa card", dataset: { id: entry.id } },
    el(
      "div",
      { class: "qa__head" },
      el("h2", { class: "qa__question" }, entry.question),
      el(
        "button",
        { type: "button", class: "button button--small button--danger-ghost", dataset: { action: "delete" }, "aria-label": `Delete “${entry.question}”` },
        "Delete",
      ),
    ),
    ...(entry.points && entry.points.length
      ? [el("ul", { class: "qa__points" }, ...entry.points.map((point) => el("li", {}, point)))]
      : []),
    el("p", { class: "qa__answer" }, entry.answer),
    el(
      "p",
      { class: "qa__meta" },
      el("time", { datetime: entry.timestamp }, formatTime(entry.timestamp)),
      entry.language ? el("span", { class: "tag" }, entry.language.toUpperCase()) : null,
      el("span", { class: "tag" }, entry.job_id ? "from audio" : "typed"),
      entry.interview_id
        ? el("a", { class: "tag tag--link", href: `/interviews/${encodeURIComponent(entry.interview_id)}` }, "Interview")
        : null,
    ),
    entry.transcript && entry.transcript !== entry.question
      ? el("details", { class: "qa__transcript" }, el("summary", {}, "Transcript"), el("p", {}, entry.transcript))
      : null,
  );
}

function renderEmpty() {
  const empty = list.children.length === 0 && state.done;
  $("history-empty").hidden = !(empty && !state.query);
  $("history-no-match").hidden = !(empty && state.query);
  $("load-more").hidden = state.done;
  $("delete-all").disabled = empty && !state.query;
}

async function loadMore() {
  if (state.loading || state.done) return;
  state.loading = true;
  const generation = state.generation;
  $("history-loading").hidden = false;
  const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
  if (state.cursor) params.set("cursor", state.cursor);
  if (state.query) params.set("q", state.query);
  try {
    const body = await api(`/api/history?${params}`);
    if (generation !== state.generation) return; // a newer search replaced this one
    list.append(...body.history.map(entryView));
    state.cursor = body.next_cursor;
    state.done = !body.next_cursor;
  } catch (error) {
    showError(error);
  } finally {
    if (generation === state.generation) {
      state.loading = false;
      $("history-loading").hidden = true;
      renderEmpty();
      list.setAttribute("aria-busy", "false");
    }
  }
  // A tall screen may show the sentinel still: keep filling it.
  if (!state.done && sentinelVisible()) loadMore();
}

function sentinelVisible() {
  const rect = $("history-sentinel").getBoundingClientRect();
  return rect.top < window.innerHeight + 400;
}

function reset(query) {
  state.query = query;
  state.cursor = null;
  state.done = false;
  state.loading = false;
  state.generation += 1;
  list.replaceChildren();
  list.setAttribute("aria-busy", "true");
  return loadMore();
}

async function deleteOne(item) {
  const question = item.querySelector(".qa__question").textContent;
  const confirmed = await confirmDialog({
    title: "Delete this question?",
    message: `“${question}” and its answer will be deleted.`,
  });
  if (!confirmed) return;
  await api(`/api/history/${item.dataset.id}`, { method: "DELETE" });
  item.remove();
  status.textContent = "Deleted one question.";
  renderEmpty();
  if (list.children.length === 0 && !state.done) loadMore();
}

async function deleteAll() {
  const confirmed = await confirmDialog({
    title: "Delete all history?",
    message: "Every question and answer you have saved will be deleted. This cannot be undone.",
    confirmLabel: "Delete everything",
  });
  if (!confirmed) return;
  const body = await api("/api/history", { method: "DELETE" });
  status.textContent = `Deleted ${body.deleted} ${body.deleted === 1 ? "question" : "questions"}.`;
  $("search").value = "";
  await reset("");
}

page(async () => {
  const search = $("search");
  search.addEventListener(
    "input",
    debounce(() => reset(search.value.trim()), 300),
  );
  search.addEventListener("keydown", (event) => {
    if (event.key === "Enter") reset(search.value.trim());
  });
  $("load-more").addEventListener("click", loadMore);
  $("delete-all").addEventListener("click", () => deleteAll().catch(showError));
  list.addEventListener("click", (event) => {
    const button = event.target.closest('button[data-action="delete"]');
    if (button) deleteOne(button.closest("li")).catch(showError);
  });
  document.querySelectorAll("[data-export]").forEach((button) => {
    button.addEventListener("click", () => exportHistory(button.dataset.export, status));
  });
  new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) loadMore();
    },
    { rootMargin: "400px" },
  ).observe($("history-sentinel"));
  await reset("");
});
