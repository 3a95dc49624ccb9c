// The live transcript: one line per utterance, labelled with the speaker the server says
// (interviewer, candidate = "Me", or unknown). A final line can be marked "Me" or "Interviewer";
// the mark is sent to the server and shown once it confirms it.
import { el } from "./api.js";
import { SPEAKER_NAMES, speakerOf } from "./interview-format.js";
const LABEL_TIMEOUT_MS = 8000;
const CHOICES = [
  ["candidate", "Me"],
  ["interviewer", "Interviewer"],
];

export class Transcript {
  /**
   * @param {HTMLOListElement} list the transcript's <ol>
   * @param {HTMLElement} empty what shows while there is no line
   * @param {object} handlers onLabel(utteranceId, speaker) when a line is marked; returns false
   *   when the mark cannot be sent (not connected)
   */
  constructor(list, empty, { onLabel = () => false } = {}) {
    this.list = list;
    this.empty = empty;
    this.onLabel = onLabel;
    this.lines = new Map(); // utterance_id → <li>
    list.addEventListener("click", (event) => {
      const button = event.target.closest("button[data-label]");
      if (button) this.mark(button.closest("li"), button.dataset.label);
    });
  }

  line(utteranceId) {
    let line = this.lines.get(utteranceId);
    if (line) return line;
    line = el(
      "li",
      { class: "transcript__line transcript__line--partial", dataset: { utterance: utteranceId, speaker: "unknown" } },
      el(
        "div",
        { class: "transcript__head" },
        el("span", { class: "transcript__speaker", dataset: { speaker: "unknown" } }, SPEAKER_NAMES.unknown),
      ),
      el("span", { class: "transcript__text" }),
    );
    this.lines.set(utteranceId, line);
    const nearBottom = this.list.scrollHeight - this.list.scrollTop - this.list.clientHeight < 60;
    this.list.append(line);
    this.empty.hidden = true;
    if (nearBottom) this.list.scrollTop = this.list.scrollHeight;
    return line;
  }

  /** A partial or final transcription (from the socket or a job). */
  update(event) {
    if (!event.utterance_id) return;
    const line = this.line(event.utterance_id);
    line.querySelector(".transcript__text").textContent = event.text || "…";
    if (event.speaker) this.setSpeaker(event.utterance_id, event.speaker);
    if (event.final && line.classList.contains("transcript__line--partial")) {
      line.classList.remove("transcript__line--partial");
      line.querySelector(".transcript__head").append(this.toggle(line));
    }
    this.list.scrollTop = this.list.scrollHeight;
  }

  toggle(line) {
    return el(
      "span",
      { class: "speaker-toggle", role: "group", "aria-label": "Who said this" },
      ...CHOICES.map(([speaker, name]) =>
        el(
          "button",
          {
            type: "button",
            class: "speaker-toggle__option",
            dataset: { label: speaker },
            "aria-pressed": String(line.dataset.speaker === speaker),
            title: speaker === "candidate" ? "I said this" : "The interviewer said this",
          },
          name,
        ),
      ),
    );
  }

  setSpeaker(utteranceId, value) {
    const line = this.lines.get(utteranceId);
    if (!line) return;
    const speaker = speakerOf(value);
    line.dataset.speaker = speaker;
    delete line.dataset.pending;
    const label = line.querySelector(".transcript__speaker");
    label.dataset.speaker = speaker;
    label.textContent = SPEAKER_NAMES[speaker];
    line.querySelectorAll("button[data-label]").forEach((button) => {
      button.setAttribute("aria-pressed", String(button.dataset.label === speaker));
      button.disabled = false;
    });
  }

  mark(line, speaker) {
    if (!line || line.dataset.speaker === speaker || line.dataset.pending) return;
    if (this.onLabel(line.dataset.utterance, speaker) === false) return;
    // Shown as chosen at once; the server's "labelled" confirms it.
    line.dataset.pending = speaker;
    line.querySelectorAll("button[data-label]").forEach((button) => {
      button.setAttribute("aria-pressed", String(button.dataset.label === speaker));
      button.disabled = true;
    });
    // No confirmation (the connection dropped): the line shows what the server last said.
    setTimeout(() => {
      if (line.dataset.pending === speaker) this.unmark(line.dataset.utterance);
    }, LABEL_TIMEOUT_MS);
  }

  /** The server refused a mark: show the line's speaker as it was. */
  unmark(utteranceId) {
    const line = this.lines.get(utteranceId);
    if (line) this.setSpeaker(utteranceId, line.dataset.speaker);
  }

  /** Every mark still waiting for the server's answer is dropped (it refused one). */
  unmarkPending() {
    for (const [utteranceId, line] of this.lines) if (line.dataset.pending) this.unmark(utteranceId);
  }

  /** A question split by pauses became one job under its first utterance: the later parts'
   * lines go, their words are in the first line's final text. */
  joined(utteranceIds) {
    for (const utteranceId of utteranceIds || []) {
      const line = this.lines.get(utteranceId);
      if (!line) continue;
      line.remove();
      this.lines.delete(utteranceId);
    }
  }

  markQuestion(utteranceId) {
    const line = this.line(utteranceId);
    line.classList.add("transcript__line--question");
    const head = line.querySelector(".transcript__head");
    if (!head.querySelector(".badge")) {
      head.querySelector(".transcript__speaker").after(el("span", { class: "badge badge--question" }, "Question"));
    }
  }

  clear() {
    this.list.replaceChildren();
    this.lines.clear();
    this.empty.hidden = false;
  }
}
