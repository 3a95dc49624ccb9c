// Live interview: microphone (and optionally a tab's audio) → AudioWorklet → 16 kHz float32
// frames of 100 ms over /ws/audio; shows the running transcript, detected questions and the
// answers as they stream in. A typed question goes through /api/ask.
import { api, clearErrors, el, fillContextSelect, page, setBusy, showFormError } from "./api.js";
import { LiveSocket } from "./socket.js";

const TARGET_RATE = 16000;
const FRAME_MS = 100;
const SPEECH_LEVEL = 0.01; // RMS above which a source counts as speaking, for the speaker labels

const $ = (id) => document.getElementById(id);
const recordButton = $("record");
const flushButton = $("flush");
const tabButton = $("tab-audio");
const languageSelect = $("live-language");
const contextSelect = $("live-context");
const transcript = $("transcript");
const answerBox = $("answer");
const questionBox = $("current-question");
const message = $("live-message");

const audio = { context: null, node: null, mic: null, tab: null, tabSource: null, wakeLock: null };
let recording = false;
let starting = false;
const lines = new Map(); // utterance_id → transcript <li>
let sessionId = null;
let current = null; // the answer on screen: {utteranceId, question, text, historyId}
const earlier = [];
// Speech energy per source since the last finished utterance: decides "Interviewer" vs "Me".
const speech = { mic: 0, tab: 0 };

// --- connection ---------------------------------------------------------------------------

const STATUS_TEXT = {
  connecting: "Connecting…",
  open: "Connected",
  closed: "Disconnected",
};

const socket = new LiveSocket({
  onStatus(state, detail) {
    const connection = $("connection");
    connection.dataset.state = state;
    $("connection-text").textContent =
      state === "reconnecting"
        ? `Connection lost, retrying in ${Math.max(1, Math.round(detail.delay / 1000))} s…`
        : STATUS_TEXT[state] || state;
    flushButton.disabled = !(recording && state === "open");
  },
  onOpen(ready) {
    // Keep the first connection's session across reconnects: follow-up answers use its memory.
    sessionId = sessionId || ready.session_id || null;
    if (recording) sendStart();
  },
  onEvent: handleEvent,
});

function sendStart() {
  const start = {
    type: "start",
    sampleRate: TARGET_RATE,
    language: languageSelect.value,
    format: "f32le",
  };
  if (contextSelect.value) start.context_id = Number(contextSelect.value);
  if (sessionId) start.session_id = sessionId;
  socket.send(start);
}

// --- server events ------------------------------------------------------------------------

function showMessage(text, kind = "error") {
  message.textContent = text;
  message.dataset.kind = kind;
  message.hidden = !text;
}

function speakerLabel() {
  if (!audio.tab) return null;
  return speech.tab >= speech.mic ? "Interviewer" : "Me";
}

function lineFor(utteranceId) {
  let line = lines.get(utteranceId);
  if (!line) {
    line = el(
      "li",
      { class: "transcript__line transcript__line--partial", dataset: { utterance: utteranceId } },
      el("span", { class: "transcript__speaker", hidden: true }),
      el("span", { class: "transcript__text" }),
    );
    lines.set(utteranceId, line);
    const nearBottom = transcript.scrollHeight - transcript.scrollTop - transcript.clientHeight < 60;
    transcript.append(line);
    $("transcript-empty").hidden = true;
    if (nearBottom) transcript.scrollTop = transcript.scrollHeight;
  }
  return line;
}

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

const withdrawnJobs = new Set();

function onWithdrawn(event) {
  // The speaker went on after a complete-sounding question: the whole utterance is answered soon.
  withdrawnJobs.add(event.job_id);
  if (!current || current.utteranceId !== event.utterance_id) return;
  current.text = "";
  answerBox.replaceChildren(el("p", { class: "answer-pending" }, "Listening…"));
  answerBox.setAttribute("aria-busy", "true");
  answerBox.dataset.state = "withdrawn";
}

function onTranscription(event) {
  showHeardLanguage(event.language);
  const line = lineFor(event.utterance_id);
  line.querySelector(".transcript__text").textContent = event.text || "…";
  if (event.final) {
    line.classList.remove("transcript__line--partial");
    const speaker = speakerLabel();
    const label = line.querySelector(".transcript__speaker");
    if (speaker) {
      label.textContent = speaker;
      label.dataset.speaker = speaker.toLowerCase();
      label.hidden = false;
    }
    speech.mic = 0;
    speech.tab = 0;
  }
  transcript.scrollTop = transcript.scrollHeight;
}

function archiveCurrent() {
  if (!current || !current.text) return;
  earlier.unshift(current);
  const list = $("earlier-list");
  list.prepend(
    el(
      "li",
      { class: "qa" },
      el("p", { class: "qa__question" }, current.question),
      el("p", { class: "qa__answer" }, current.text),
    ),
  );
  $("earlier-count").textContent = String(earlier.length);
  $("earlier").hidden = false;
}

function showQuestion(utteranceId, question) {
  if (current && current.utteranceId === utteranceId) {
    questionBox.textContent = question; // the same utterance answered again, in full
    return;
  }
  archiveCurrent();
  current = { utteranceId, question, text: "" };
  questionBox.textContent = question;
  questionBox.hidden = false;
  answerBox.replaceChildren(el("p", { class: "answer-pending" }, "Thinking…"));
  answerBox.setAttribute("aria-busy", "true");
  renderPoints([]);
}

function renderPoints(points) {
  // The talking points, large, for a glance mid-interview; the full answer stays below them.
  const list = $("answer-points");
  list.replaceChildren(...(points || []).map((point) => el("li", {}, point)));
  list.hidden = !points || points.length === 0;
}

function renderAnswer(text, { done = false } = {}) {
  const paragraphs = text.split(/\n{2,}/).filter((part) => part.trim());
  answerBox.replaceChildren(...paragraphs.map((part) => el("p", {}, part)));
  if (!done) answerBox.lastElementChild?.append(el("span", { class: "caret", "aria-hidden": "true" }));
  answerBox.setAttribute("aria-busy", done ? "false" : "true");
  answerBox.dataset.state = done ? "done" : "streaming";
}

function onQuestion(event) {
  const line = lineFor(event.utterance_id);
  line.classList.add("transcript__line--question");
  if (!line.querySelector(".badge")) line.append(el("span", { class: "badge badge--question" }, "Question"));
  showQuestion(event.utterance_id, event.question);
}

function onAnswerDelta(event) {
  if (!current || current.utteranceId !== event.utterance_id) return;
  current.text += event.delta;
  renderAnswer(current.text);
}

function onAnswer(event) {
  if (!current || current.utteranceId !== event.utterance_id) {
    showQuestion(event.utterance_id, event.question || "");
  }
  current.text = event.answer || current.text;
  current.historyId = event.history_id;
  current.points = event.points || [];
  renderAnswer(current.text, { done: true });
  renderPoints(current.points);
}

function handleEvent(event) {
  // What is still arriving of a withdrawn answer is no longer wanted.
  if (event.job_id && withdrawnJobs.has(event.job_id) && event.type !== "answer_withdrawn") return;
  // Upload jobs of the same account are pushed here too; they belong on the upload page.
  if (event.kind === "upload") return;
  // Another live tab of the same account has its own session.
  if (event.session_id && sessionId && event.session_id !== sessionId) return;
  switch (event.type) {
    case "transcription":
      onTranscription(event);
      break;
    case "question_detected":
      onQuestion(event);
      break;
    case "answer_delta":
      onAnswerDelta(event);
      break;
    case "answer":
      onAnswer(event);
      break;
    case "answer_withdrawn":
      onWithdrawn(event);
      break;
    case "job":
      if (event.status === "failed" && event.error) showMessage(event.error.message || "Answering failed.");
      break;
    case "flushed":
      if (!event.utterance_id) showMessage("Nothing has been said since the last answer.", "info");
      break;
    case "error":
      if (event.code !== "unauthorized") showMessage(event.message || `Error: ${event.code}`);
      break;
    default:
      break;
  }
}

// --- audio --------------------------------------------------------------------------------

function littleEndian(samples) {
  const view = new DataView(new ArrayBuffer(samples.length * 4));
  for (let i = 0; i < samples.length; i += 1) view.setFloat32(i * 4, samples[i], true);
  return view.buffer;
}

function setMeter(id, level) {
  // RMS → 0..100 on a log scale: quiet speech is visible, loud speech does not just peg it.
  const db = 20 * Math.log10(Math.max(level, 1e-5));
  const percent = Math.round(Math.min(100, Math.max(0, ((db + 60) / 60) * 100)));
  $(`${id}-bar`).style.transform = `scaleX(${percent / 100})`;
  $(id).setAttribute("aria-valuenow", String(percent));
}

function onWorkletMessage({ data }) {
  if (data.type === "frame") {
    socket.sendBinary(littleEndian(data.samples));
  } else if (data.type === "level") {
    setMeter("meter-mic", data.mic);
    if (audio.tab) setMeter("meter-tab", data.tab);
    if (data.mic > SPEECH_LEVEL) speech.mic += data.mic;
    if (data.tab > SPEECH_LEVEL) speech.tab += data.tab;
  }
}

function microphoneError(error) {
  if (error.name === "NotAllowedError" || error.name === "SecurityError") {
    return "Microphone access was blocked. Allow it for this site in the browser’s settings, then press Start again.";
  }
  if (error.name === "NotFoundError") return "No microphone was found. Connect one and try again.";
  if (error.name === "NotReadableError") return "The microphone is in use by another application.";
  if (!navigator.mediaDevices) return "This browser only allows the microphone on https:// or localhost pages.";
  return `The microphone could not be started: ${error.message || error.name}`;
}

function connectTab() {
  if (!audio.context || !audio.tab || audio.tabSource) return;
  audio.tabSource = audio.context.createMediaStreamSource(audio.tab);
  audio.tabSource.connect(audio.node, 0, 1);
}

async function start() {
  if (starting || recording) return;
  starting = true;
  showMessage("");
  recordButton.disabled = true;
  $("record-label").textContent = "Starting…";
  try {
    if (!navigator.mediaDevices || !window.AudioWorkletNode) {
      throw Object.assign(new Error("This browser cannot capture audio here."), { name: "Unsupported" });
    }
    // No echo cancellation: the interviewer's voice from the speakers is what we want to hear.
    audio.mic = await navigator.mediaDevices.getUserMedia({
      audio: { echoCancellation: false, noiseSuppression: false, autoGainControl: true, channelCount: 1 },
    });
    audio.context = new AudioContext({ latencyHint: "interactive" });
    await audio.context.audioWorklet.addModule(new URL("./pcm-worklet.js", import.meta.url));
    audio.node = new AudioWorkletNode(audio.context, "pcm-16k", {
      numberOfInputs: 2,
      numberOfOutputs: 1,
      outputChannelCount: [1],
      processorOptions: { targetRate: TARGET_RATE, frameMs: FRAME_MS },
    });
    audio.node.port.onmessage = onWorkletMessage;
    audio.context.createMediaStreamSource(audio.mic).connect(audio.node, 0, 0);
    connectTab();
    // The graph only runs when it reaches the speakers; a muted gain keeps it silent.
    const mute = audio.context.createGain();
    mute.gain.value = 0;
    audio.node.connect(mute).connect(audio.context.destination);
    await audio.context.resume();
    recording = true;
    speech.mic = 0;
    speech.tab = 0;
    if (socket.isOpen) sendStart();
    else showMessage("Listening, but not connected yet: audio is sent once the connection is back.", "info");
    try {
      audio.wakeLock = await navigator.wakeLock?.request("screen");
    } catch {
      audio.wakeLock = null; // keeping the screen on is a nicety
    }
  } catch (error) {
    showMessage(microphoneError(error));
    await stopAudio();
  } finally {
    starting = false;
    recordButton.disabled = false;
    renderRecording();
  }
}

async function stopAudio() {
  recording = false;
  if (audio.node) {
    audio.node.port.postMessage("stop");
    audio.node.disconnect();
  }
  if (audio.mic) audio.mic.getTracks().forEach((track) => track.stop());
  if (audio.context) await audio.context.close().catch(() => {});
  if (audio.wakeLock) audio.wakeLock.release().catch(() => {});
  audio.context = null;
  audio.node = null;
  audio.mic = null;
  audio.tabSource = null;
  audio.wakeLock = null;
  setMeter("meter-mic", 0);
  setMeter("meter-tab", 0);
}

async function stop() {
  socket.send({ type: "stop" });
  await stopAudio();
  renderRecording();
}

function renderRecording() {
  recordButton.setAttribute("aria-pressed", String(recording));
  recordButton.classList.toggle("record-button--on", recording);
  $("record-label").textContent = recording ? "Stop listening" : "Start listening";
  flushButton.disabled = !(recording && socket.isOpen);
  document.body.classList.toggle("is-recording", recording);
  // The language and context are announced in "start": they can change between sessions only.
  languageSelect.disabled = recording;
  contextSelect.disabled = recording;
}

async function toggleTabAudio() {
  if (audio.tab) {
    stopTab();
    return;
  }
  if (!navigator.mediaDevices?.getDisplayMedia) {
    showMessage("This browser cannot capture a tab’s audio. Use Chrome or Edge on a computer.");
    return;
  }
  try {
    // Browsers require the video to be requested; only the audio track is kept.
    const stream = await navigator.mediaDevices.getDisplayMedia({
      video: true,
      audio: { echoCancellation: false, noiseSuppression: false },
      systemAudio: "include",
      selfBrowserSurface: "exclude",
    });
    stream.getVideoTracks().forEach((track) => track.stop());
    const tracks = stream.getAudioTracks();
    if (!tracks.length) {
      showMessage("No audio was shared. Choose the tab of your video call and tick “Share tab audio”.");
      return;
    }
    audio.tab = new MediaStream(tracks);
    tracks[0].addEventListener("ended", stopTab);
    connectTab();
    tabButton.setAttribute("aria-pressed", "true");
    tabButton.textContent = "Stop tab audio";
    $("meter-tab").hidden = false;
    showMessage("Tab audio is captured: the transcript labels the interviewer and you.", "info");
  } catch (error) {
    if (error.name !== "NotAllowedError") showMessage(`Tab audio could not be captured: ${error.message}`);
  }
}

function stopTab() {
  if (audio.tab) audio.tab.getTracks().forEach((track) => track.stop());
  if (audio.tabSource) audio.tabSource.disconnect();
  audio.tab = null;
  audio.tabSource = null;
  tabButton.setAttribute("aria-pressed", "false");
  tabButton.textContent = "Capture tab audio";
  $("meter-tab").hidden = true;
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
    showQuestion(`typed-${Date.now()}`, result.question || text);
    current.text = result.answer || "";
    current.historyId = result.history_id;
    current.points = result.points || [];
    renderAnswer(current.text, { done: true });
    renderPoints(current.points);
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

page(async () => {
  recordButton.addEventListener("click", () => (recording ? stop() : start()));
  flushButton.addEventListener("click", () => {
    if (socket.send({ type: "flush" })) showMessage("Answering what was said so far…", "info");
  });
  // Phones and some browsers cannot share a tab's audio: offer it only where it can work.
  tabButton.hidden = !navigator.mediaDevices?.getDisplayMedia;
  tabButton.addEventListener("click", toggleTabAudio);
  $("pin-language").addEventListener("click", pinLanguage);
  $("ask-form").addEventListener("submit", ask);
  $("clear-transcript").addEventListener("click", () => {
    transcript.replaceChildren();
    lines.clear();
    $("transcript-empty").hidden = false;
  });
  window.addEventListener("pagehide", () => socket.close());
  socket.connect();
  await fillContextSelect(contextSelect);
  rememberChoice(languageSelect, "copilot.live.language");
  rememberChoice(contextSelect, "copilot.live.context");
});
