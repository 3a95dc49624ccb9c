// The live page's answer panel: the question being answered, its talking points, the answer as
// it streams in, and the earlier answers of the session.
import { el } from "./api.js";

export class AnswerPanel {
  constructor({ question, points, answer, earlier, earlierList, earlierCount }) {
    this.questionBox = question;
    this.pointsList = points;
    this.answerBox = answer;
    this.earlier = earlier;
    this.earlierList = earlierList;
    this.earlierCount = earlierCount;
    this.current = null; // {utteranceId, question, text, historyId, points}
    this.archived = 0;
  }

  isCurrent(utteranceId) {
    return Boolean(this.current && this.current.utteranceId === utteranceId);
  }

  archiveCurrent() {
    const current = this.current;
    if (!current || !current.text) return;
    this.earlierList.prepend(
      el("li", { class: "qa" }, el("p", { class: "qa__question" }, current.question), el("p", { class: "qa__answer" }, current.text)),
    );
    this.archived += 1;
    this.earlierCount.textContent = String(this.archived);
    this.earlier.hidden = false;
  }

  /** A question is being answered: the previous answer moves to "earlier answers". */
  showQuestion(utteranceId, question) {
    if (this.isCurrent(utteranceId)) {
      this.questionBox.textContent = question; // the same utterance answered again, in full
      return;
    }
    this.archiveCurrent();
    this.current = { utteranceId, question, text: "" };
    this.questionBox.textContent = question;
    this.questionBox.hidden = false;
    this.answerBox.replaceChildren(el("p", { class: "answer-pending" }, "Thinking…"));
    this.answerBox.setAttribute("aria-busy", "true");
    this.answerBox.dataset.state = "thinking"; // not "done" of the answer before
    this.renderPoints([]);
  }

  renderPoints(points) {
    // The talking points, large, for a glance mid-interview; the full answer stays below them.
    this.pointsList.replaceChildren(...(points || []).map((point) => el("li", {}, point)));
    this.pointsList.hidden = !points || points.length === 0;
  }

  renderAnswer(text, { done = false } = {}) {
    const paragraphs = text.split(/\n{2,}/).filter((part) => part.trim());
    this.answerBox.replaceChildren(...paragraphs.map((part) => el("p", {}, part)));
    if (!done) this.answerBox.lastElementChild?.append(el("span", { class: "caret", "aria-hidden": "true" }));
    this.answerBox.setAttribute("aria-busy", done ? "false" : "true");
    this.answerBox.dataset.state = done ? "done" : "streaming";
  }

  delta(utteranceId, piece) {
    if (!this.isCurrent(utteranceId)) return;
    this.current.text += piece;
    this.renderAnswer(this.current.text);
  }

  /** A finished answer (streamed, or typed through /api/ask). */
  answer(utteranceId, { question = "", answer = "", historyId = null, points = [] } = {}) {
    if (!this.isCurrent(utteranceId)) this.showQuestion(utteranceId, question);
    this.current.text = answer || this.current.text;
    this.current.historyId = historyId;
    this.current.points = points || [];
    this.renderAnswer(this.current.text, { done: true });
    this.renderPoints(this.current.points);
  }

  /** The speaker went on after a complete-sounding question: the whole utterance is answered soon. */
  withdraw(utteranceId) {
    if (!this.isCurrent(utteranceId)) return;
    this.current.text = "";
    this.answerBox.replaceChildren(el("p", { class: "answer-pending" }, "Listening…"));
    this.answerBox.setAttribute("aria-busy", "true");
    this.answerBox.dataset.state = "withdrawn";
  }
}
