// The review of one interview: its summary, the talk-time split, each question with the answer
// suggested beside what the candidate really said, the questions left unanswered and the whole
// timeline of both speakers. Export (Markdown, JSON), print and delete.
import { ApiError, api, confirmDialog, download, el, formatTime, page, showError, toast, toastAfterRedirect } from "./api.js";
import {
  LANGUAGE_NAMES,
  SPEAKER_NAMES,
  clock,
  duration,
  interviewLength,
  interviewTitle,
  plural,
  speakerOf,
} from "./interview-format.js";

const $ = (id) => document.getElementById(id);
const interviewId = $("review").dataset.interviewId;
const apiPath = `/api/interviews/${encodeURIComponent(interviewId)}`;
const status = $("interview-status");
const anchors = new Map(); // utterance_id → the id of its timeline item

function paragraphs(text, className = "") {
  return String(text || "")
    .split(/\n{2,}/)
    .filter((part) => part.trim())
    .map((part) => el("p", { class: className || null }, part.trim()));
}

function timeLink(utteranceId, offsets) {
  const anchor = anchors.get(utteranceId);
  if (!anchor) return null;
  return el("a", { class: "timeline__time", href: `#${anchor}` }, clock(offsets.get(utteranceId)));
}

function renderHead(interview, timeline) {
  const title = interviewTitle(interview);
  $("interview-title").textContent = title;
  document.title = `${title} · Interview Copilot`;
  // At least as long as what was said in it (an interview ended by hand may say less).
  const spoken = Math.max(0, ...timeline.map((item) => (item.offset_s || 0) + (item.duration_s || 0)));
  const ended = interviewLength(interview);
  const length = ended === null ? null : Math.max(ended, spoken);
  const parts = [
    interview.title ? formatTime(interview.started_at) : null, // else the title is the date
    length === null ? "not ended" : duration(length),
    plural(interview.question_count ?? 0, "question"),
    interview.language ? LANGUAGE_NAMES[interview.language] || interview.language.toUpperCase() : null,
  ];
  $("interview-meta").textContent = parts.filter(Boolean).join(" · ");
}

function renderSummary(summary) {
  const box = $("summary");
  const content = paragraphs(summary);
  box.replaceChildren(...(content.length ? content : [el("p", { class: "muted" }, "No summary yet.")]));
}

function renderTalkTime(talkTime = {}) {
  const speakers = ["interviewer", "candidate", "unknown"];
  const seconds = Object.fromEntries(speakers.map((speaker) => [speaker, Math.max(0, Number(talkTime[speaker]) || 0)]));
  const total = speakers.reduce((sum, speaker) => sum + seconds[speaker], 0);
  const shown = speakers.filter((speaker) => seconds[speaker] > 0 || speaker !== "unknown");
  const share = (speaker) => (total ? Math.round((seconds[speaker] / total) * 100) : 0);
  const bar = $("talk-bar");
  bar.replaceChildren(
    ...shown
      .filter((speaker) => seconds[speaker] > 0)
      .map((speaker) => {
        const segment = el("span", { class: "talk-bar__part", dataset: { speaker } });
        segment.style.flexGrow = String(seconds[speaker]); // CSSOM, allowed under the CSP
        return segment;
      }),
  );
  bar.setAttribute(
    "aria-label",
    total ? shown.map((speaker) => `${SPEAKER_NAMES[speaker]} ${share(speaker)}%`).join(", ") : "Nobody spoke",
  );
  $("talk-legend").replaceChildren(
    ...shown.map((speaker) =>
      el(
        "li",
        { dataset: { speaker } },
        el("span", { class: "talk-legend__swatch", dataset: { speaker }, "aria-hidden": "true" }),
        el("span", { class: "talk-legend__name" }, SPEAKER_NAMES[speaker]),
        el("span", { class: "talk-legend__value" }, `${duration(seconds[speaker])} · ${share(speaker)}%`),
      ),
    ),
  );
}

function renderQuestions(questions, offsets) {
  $("question-count").textContent = String(questions.length);
  $("questions-empty").hidden = questions.length > 0;
  $("questions").replaceChildren(
    ...questions.map((item) =>
      el(
        "li",
        { class: "review-question", dataset: { utterance: item.utterance_id, answered: String(Boolean(item.answered)) } },
        el(
          "p",
          { class: "review-question__head" },
          timeLink(item.utterance_id, offsets),
          el("span", { class: "review-question__text" }, item.question || ""),
          item.answered ? null : el("span", { class: "badge badge--question" }, "Unanswered"),
        ),
        el(
          "div",
          { class: "review-question__columns" },
          el(
            "div",
            { class: "review-question__column review-question__suggested" },
            el("h3", {}, "Suggested answer"),
            ...(item.suggested_answer
              ? paragraphs(item.suggested_answer)
              : [el("p", { class: "muted" }, "No answer was suggested.")]),
          ),
          el(
            "div",
            { class: `review-question__column review-question__said${item.candidate_said ? "" : " review-question__said--empty"}` },
            el("h3", {}, "What you said"),
            ...(item.candidate_said
              ? paragraphs(item.candidate_said)
              : [el("p", { class: "muted" }, "Nothing of yours was heard after this question.")]),
          ),
        ),
      ),
    ),
  );
}

function renderUnanswered(ids, questions, timeline, offsets) {
  const textOf = new Map(timeline.map((item) => [item.utterance_id, item.text]));
  for (const item of questions) textOf.set(item.utterance_id, item.question || textOf.get(item.utterance_id));
  $("unanswered-count").textContent = String(ids.length);
  $("unanswered-empty").hidden = ids.length > 0;
  $("unanswered").replaceChildren(
    ...ids.map((id) => el("li", {}, timeLink(id, offsets), el("span", {}, textOf.get(id) || "…"))),
  );
}

function timelineItem(item) {
  const speaker = speakerOf(item.speaker);
  return el(
    "li",
    { class: "timeline__item", id: anchors.get(item.utterance_id), dataset: { speaker, utterance: item.utterance_id } },
    el("span", { class: "timeline__time" }, clock(item.offset_s)),
    el(
      "div",
      { class: "timeline__body" },
      el(
        "p",
        { class: "timeline__head" },
        el("span", { class: "transcript__speaker", dataset: { speaker } }, SPEAKER_NAMES[speaker]),
        item.is_question ? el("span", { class: "badge badge--question" }, "Question") : null,
      ),
      el("p", { class: "timeline__text" }, item.text || "…"),
      item.answer
        ? el(
            "details",
            { class: "timeline__answer" },
            el("summary", {}, "Suggested answer"),
            ...paragraphs(item.answer),
          )
        : null,
    ),
  );
}

function render(interview) {
  const timeline = [...(interview.timeline || [])].sort((a, b) => (a.offset_s || 0) - (b.offset_s || 0));
  const review = interview.review || {};
  const questions = review.questions || [];
  const offsets = new Map(timeline.map((item) => [item.utterance_id, item.offset_s]));
  anchors.clear();
  timeline.forEach((item, index) => anchors.set(item.utterance_id, `line-${index + 1}`));
  renderHead(interview, timeline);
  renderSummary(review.summary);
  renderTalkTime(review.talk_time);
  renderQuestions(questions, offsets);
  renderUnanswered(review.unanswered || [], questions, timeline, offsets);
  $("timeline").replaceChildren(...timeline.map(timelineItem));
  $("timeline-empty").hidden = timeline.length > 0;
  $("interview-body").hidden = false;
}

async function exportAs(format) {
  status.textContent = "Preparing the download…";
  try {
    const result = await download(`${apiPath}/export?${new URLSearchParams({ format })}`, `interview.${format}`);
    status.textContent = `Downloaded ${result.name}.`;
    status.dataset.lastExport = `${format}:${result.status}`;
    toast(`Downloaded ${result.name}.`, "success", 3000);
  } catch (error) {
    status.textContent = "";
    showError(error);
  }
}

async function deleteInterview() {
  const confirmed = await confirmDialog({
    title: "Delete this interview?",
    message: "Its timeline and summary will be deleted. The questions and answers stay in your history.",
  });
  if (!confirmed) return;
  await api(apiPath, { method: "DELETE" });
  toastAfterRedirect("The interview was deleted.");
  location.assign("/interviews");
}

// A printout shows every suggested answer: closed <details> would print closed.
const openedForPrint = [];
function beforePrint() {
  document.querySelectorAll("details:not([open])").forEach((details) => {
    details.open = true;
    openedForPrint.push(details);
  });
}
function afterPrint() {
  openedForPrint.splice(0).forEach((details) => {
    details.open = false;
  });
}

page(async () => {
  document.querySelectorAll("[data-export]").forEach((button) => {
    button.addEventListener("click", () => exportAs(button.dataset.export));
  });
  $("print").addEventListener("click", () => window.print());
  $("delete-interview").addEventListener("click", () => deleteInterview().catch(showError));
  window.addEventListener("beforeprint", beforePrint);
  window.addEventListener("afterprint", afterPrint);
  try {
    render(await api(apiPath));
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      $("interview-missing").hidden = false;
      document.querySelector(".review-actions").hidden = true;
    } else {
      throw error;
    }
  } finally {
    $("interview-loading").hidden = true;
  }
});
