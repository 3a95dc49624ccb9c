// Live interview: the microphone (the candidate) and optionally the interviewer's audio (a shared
// tab, or an audio file) → 16 kHz float32 frames of 100 ms over /ws/audio, each source announced
// in "start" and tagged per frame. Shows the transcript with who spoke, the questions detected
// and the answers as they stream in. A typed question goes through /api/ask.
import { api, clearErrors, fillContextSelect, page, setBusy, showFormError } from "./api.js";
import { AnswerPanel } from "./answer-panel.js";
import { LiveSocket, encodeFrame } from "./socket.js";
import { Capture, TARGET_RATE, canShareTab, decodeAudioFile, microphoneError } from "./sources.js";
import { Transcript } from "./transcript.js";

const $ = (id) => document.getElementById(id);
const recordButton = $("record");
const answerNowButton = $("answer-now");
const tabButton = $("tab-audio");
const fileInput = $("interviewer-file");
const languageSelect = $("live-language");
const contextSelect = $("live-context");
const message = $("live-message");

let recording = false;
let starting = false;
let sessionId = null;
let interviewId = null;
let streaming = false; // a "start" went out on this connection: audio may follow
let announced = null; // the sources of that "start": how frames are tagged
let wakeLock = null;
const withdrawnJobs = new Set();

const answers = new AnswerPanel({
  question: $("current-question"),
  points: $("answer-points"),
  answer: $("answer"),
  earlier: $("earlier"),
  earlierList: $("earlier-list"),
  earlierCount: $("earlier-count"),
});

const transcript = new Transcript($("transcript"), $("transcript-empty"), {
  onLabel(utteranceId, speaker) {
    if (socket.send({ type: "label", utterance_id: utteranceId, speaker })) return true;
    showMessage("Not connected: the line cannot be marked now.");
    return false;
  },
});

const capture = new Capture({
  onFrame(source, samples) {
    if (!recording || !streaming) return;
    if (announced === null) {
      if (source === "candidate") socket.sendBinary(encodeFrame(samples));
      return;
    }
    const index = announced.indexOf(source);
    if (index >= 0) socket.sendBinary(encodeFrame(samples, index));
  },
  onLevel(source, level) {
    setMeter(source === "candidate" ? "meter-mic" : "meter-interviewer", level);
  },
  onInterviewerEnded(kind) {
    renderInterviewer();
    if (kind === "file") showMessage("The interviewer’s audio file has played to its end.", "info");
  },
});

function showMessage(text, kind = "error") {
  message.textContent = text;
  message.dataset.kind = kind;
  message.hidden = !text;
}

// --- connection ---------------------------------------------------------------------------

const STATUS_TEXT = { connecting: "Connecting…", open: "Connected", closed: "Disconnected" };

const socket = new LiveSocket({
  onStatus(state, detail) {
    if (state !== "open") streaming = false;
    $("connection").dataset.state = state;
    $("connection-text").textContent =
      state === "reconnecting"
        ? `Connection lost, retrying in ${Math.max(1, Math.round(detail.delay / 1000))} s…`
        : STATUS_TEXT[state] || state;
    answerNowButton.disabled = !(recording && state === "open");
  },
  onOpen(ready) {
    // Keep the first connection's session across reconnects: it is one interview, one memory.
    sessionId = sessionId || ready.session_id || null;
    if (recording) sendStart();
  },
  onEvent: handleEvent,
});

function sendStart() {
  const start = { type: "start", sampleRate: TARGET_RATE, language: languageSelect.value, format: "f32le" };
  if (contextSelect.value) start.context_id = Number(contextSelect.value);
  if (sessionId) start.session_id = sessionId;
  // With the microphone alone, one untagged stream as always; with an interviewer, two.
  const sources = capture.sources;
  if (sources) start.sources = sources;
  if (socket.send(start)) {
    streaming = true;
    announced = sources;
  }
}

function answerNow() {
  if (!recording) return;
  if (socket.send({ type: "answer_now" })) showMessage("Answering the interviewer’s last words…", "info");
}

// --- server events ------------------------------------------------------------------------

const LANGUAGE_NAMES = { en: "English", pl: "Polish" };
let heardLanguage = null;

// "Auto" is detected once per session: show what was heard, and offer to pin it for the next.
function showHeardLanguage(language) {
  if (!language || language === heardLanguage) return;
  heardLanguage = language;
  $("heard-language-name").textContent = LANGUAGE_NAMES[language] || language;
  $("heard-language").hidden = false;
  $("pin-language").hidden = languageSelect.value === language;
}

function pinLanguage() {
  if (!heardLanguage || ![...languageSelect.options].some((option) => option.value === heardLanguage)) return;
  languageSelect.value = heardLanguage;
  languageSelect.dispatchEvent(new Event("change"));
  $("pin-language").hidden = true;
  if (recording) showMessage(`${LANGUAGE_NAMES[heardLanguage]} is pinned from the next Start on.`, "info");
}

function onError(event) {
  if (event.code === "unauthorized") return;
  if (event.code === "nothing_to_answer") {
    showMessage(event.message || "The interviewer has said nothing unanswered in the last 30 seconds.", "info");
    return;
  }
  if (["invalid_label", "unknown_utterance"].includes(event.code)) transcript.unmarkPending();
  showMessage(event.message || `Error: ${event.code}`);
}

function handleEvent(event) {
  // What is still arriving of a withdrawn answer is no longer wanted.
  if (event.job_id && withdrawnJobs.has(event.job_id) && event.type !== "answer_withdrawn") return;
  // Upload jobs of the same account are pushed here too; they belong on the upload page.
  if (event.kind === "upload") return;
  // Another live tab of the same account has its own session.
  if (event.session_id && sessionId && event.session_id !== sessionId) return;
  switch (event.type) {
    case "started":
      interviewId = event.interview_id || interviewId;
      break;
    case "transcription":
    case "transcript":
      showHeardLanguage(event.language);
      transcript.update(event);
      break;
    case "labelled":
      transcript.setSpeaker(event.utterance_id, event.speaker);
      break;
    case "question_detected":
      transcript.markQuestion(event.utterance_id);
      answers.showQuestion(event.utterance_id, event.question);
      break;
    case "answer_delta":
      answers.delta(event.utterance_id, event.delta);
      break;
    case "answer":
      answers.answer(event.utterance_id, {
        question: event.question,
        answer: event.answer,
        historyId: event.history_id,
        points: event.points,
      });
      break;
    case "answer_withdrawn":
      withdrawnJobs.add(event.job_id);
      answers.withdraw(event.utterance_id);
      break;
    case "job":
      if (Array.isArray(event.joined)) transcript.joined(event.joined);
      if (event.status === "failed" && event.error) showMessage(event.error.message || "Answering failed.");
      break;
    case "flushed":
      if (!event.utterance_id) showMessage("Nothing has been said since the last answer.", "info");
      break;
    case "error":
      onError(event);
      break;
    default:
      break;
  }
}

// --- audio --------------------------------------------------------------------------------

function setMeter(id, level) {
  // RMS → 0..100 on a log scale: quiet speech is visible, loud speech does not just peg it.
  const db = 20 * Math.log10(Math.max(level, 1e-5));
  const percent = Math.round(Math.min(100, Math.max(0, ((db + 60) / 60) * 100)));
  $(`${id}-bar`).style.transform = `scaleX(${percent / 100})`;
  $(id).setAttribute("aria-valuenow", String(percent));
}

async function start() {
  if (starting || recording) return;
  starting = true;
  showMessage("");
  $("review").hidden = true;
  recordButton.disabled = true;
  $("record-label").textContent = "Starting…";
  try {
    await capture.start();
    recording = true;
    if (socket.isOpen) sendStart();
    else showMessage("Listening, but not connected yet: audio is sent once the connection is back.", "info");
    try {
      wakeLock = await navigator.wakeLock?.request("screen");
    } catch {
      wakeLock = null; // keeping the screen on is a nicety
    }
  } catch (error) {
    showMessage(error.name === "Unsupported" ? error.message : microphoneError(error));
    await capture.stop();
  } finally {
    starting = false;
    recordButton.disabled = false;
    renderRecording();
  }
}

async function stop() {
  socket.send({ type: "stop" });
  recording = false;
  streaming = false;
  announced = null;
  if (wakeLock) wakeLock.release().catch(() => {});
  wakeLock = null;
  await capture.stop();
  renderRecording();
  if (interviewId) {
    $("review-anchor").href = `/interviews/${encodeURIComponent(interviewId)}`;
    $("review").hidden = false;
  }
}

function renderRecording() {
  recordButton.setAttribute("aria-pressed", String(recording));
  recordButton.classList.toggle("record-button--on", recording);
  $("record-label").textContent = recording ? "Stop listening" : "Start listening";
  answerNowButton.disabled = !(recording && socket.isOpen);
  document.body.classList.toggle("is-recording", recording);
  // The language and context are announced in "start": they can change between sessions only.
  languageSelect.disabled = recording;
  contextSelect.disabled = recording;
  renderInterviewer();
}

function renderInterviewer() {
  const kind = capture.interviewerKind;
  tabButton.setAttribute("aria-pressed", String(kind === "tab"));
  tabButton.textContent = kind === "tab" ? "Stop tab audio" : "Share tab audio";
  $("interviewer-clear").hidden = kind !== "file";
  $("meter-interviewer").hidden = !(kind || capture.sources);
  const status = $("interviewer-status");
  if (kind === "tab") status.textContent = "The shared tab is the interviewer.";
  else if (kind === "file") status.textContent = `“${capture.interviewer.name}” is the interviewer.`;
  else status.textContent = capture.sources ? "No interviewer audio now." : "Microphone only.";
}

/** The interviewer's source changed: a running session announces its sources again. */
function interviewerChanged() {
  renderInterviewer();
  if (recording && socket.isOpen && JSON.stringify(capture.sources) !== JSON.stringify(announced)) sendStart();
}

async function toggleTabAudio() {
  if (capture.interviewerKind === "tab") {
    capture.clearInterviewer();
    interviewerChanged();
    return;
  }
  try {
    if (!(await capture.shareTab())) {
      showMessage("No audio was shared. Choose the tab of your video call and tick “Share tab audio”.");
      return;
    }
    fileInput.value = "";
    interviewerChanged();
    showMessage("Tab audio is the interviewer, your microphone is you: the transcript labels both.", "info");
  } catch (error) {
    if (error.name !== "NotAllowedError") showMessage(`Tab audio could not be captured: ${error.message}`);
  }
}

async function chooseFile() {
  const file = fileInput.files[0];
  if (!file) return;
  try {
    capture.useFile(await decodeAudioFile(file), file.name);
    interviewerChanged();
    showMessage(
      recording ? `Playing “${file.name}” as the interviewer.` : `“${file.name}” plays as the interviewer when you press Start.`,
      "info",
    );
  } catch (error) {
    fileInput.value = "";
    showMessage(error.message);
  }
}

function clearFile() {
  capture.clearInterviewer();
  fileInput.value = "";
  interviewerChanged();
}

// --- typed questions ----------------------------------------------------------------------

async function ask(event) {
  event.preventDefault();
  const form = event.currentTarget;
  const input = $("ask-text");
  clearErrors(form);
  const text = input.value.trim();
  if (!text) {
    input.focus();
    return;
  }
  const button = form.querySelector('button[type="submit"]');
  setBusy(button, true, "Asking…");
  const body = { text };
  if (languageSelect.value !== "auto") body.language = languageSelect.value;
  if (contextSelect.value) body.context_id = Number(contextSelect.value);
  try {
    const result = await api("/api/ask", { method: "POST", json: body });
    if (!result.is_question) {
      form.querySelector('[data-error-for="text"]').textContent =
        "That does not read as a question, so no answer was suggested. Try phrasing it as one.";
      return;
    }
    answers.answer(`typed-${Date.now()}`, {
      question: result.question || text,
      answer: result.answer || "",
      historyId: result.history_id,
      points: result.points,
    });
    input.value = "";
  } catch (error) {
    showFormError(form, error);
  } finally {
    setBusy(button, false);
  }
}

// --- start-up -----------------------------------------------------------------------------

function rememberChoice(select, key) {
  const saved = localStorage.getItem(key);
  if (saved !== null && [...select.options].some((option) => option.value === saved)) select.value = saved;
  select.addEventListener("change", () => localStorage.setItem(key, select.value));
}

// Alt+Enter (⌥ Return on a Mac) answers now, wherever the focus is: it types nothing in a field.
function onShortcut(event) {
  if (event.key !== "Enter" || !event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  event.preventDefault();
  answerNow();
}

page(async () => {
  recordButton.addEventListener("click", () => (recording ? stop() : start()));
  answerNowButton.addEventListener("click", answerNow);
  document.addEventListener("keydown", onShortcut, true);
  // Phones and some browsers cannot share a tab's audio: offer it only where it can work.
  tabButton.hidden = !canShareTab();
  tabButton.addEventListener("click", toggleTabAudio);
  fileInput.addEventListener("change", chooseFile);
  $("interviewer-clear").addEventListener("click", clearFile);
  $("pin-language").addEventListener("click", pinLanguage);
  $("ask-form").addEventListener("submit", ask);
  $("clear-transcript").addEventListener("click", () => transcript.clear());
  window.addEventListener("pagehide", () => socket.close());
  renderRecording();
  socket.connect();
  await fillContextSelect(contextSelect);
  rememberChoice(languageSelect, "copilot.live.language");
  rememberChoice(contextSelect, "copilot.live.context");
});
