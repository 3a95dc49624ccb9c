// Upload a recording: XHR upload with a progress bar, then the job's stages from socket events,
// with polling of GET /api/jobs/<id> whenever the socket is down or quiet.
import { api, clearErrors, fillContextSelect, page, setBusy, showFieldErrors, showFormError, upload } from "./api.js";
import { LiveSocket } from "./socket.js";

const STAGES = ["queued", "transcribing", "detecting", "answering", "done"];
const STAGE_TEXT = {
  uploading: "Uploading…",
  queued: "Waiting for a free worker…",
  transcribing: "Transcribing the recording…",
  detecting: "Finding the question…",
  answering: "Writing the answer…",
  done: "Done",
  failed: "Failed",
};
const POLL_MS = 1500;
const QUIET_MS = 3000;

const $ = (id) => document.getElementById(id);
const form = $("upload-form");

let job = null; // {id, status, answer, lastEventAt, timer}
const early = []; // events that arrived before the upload's response named the job

const socket = new LiveSocket({
  onEvent(event) {
    if (!event.job_id) return;
    if (!job) {
      early.push(event);
      if (early.length > 100) early.shift();
      return;
    }
    if (event.job_id === job.id) applyEvent(event);
  },
});

function setStage(status, progress) {
  const index = STAGES.indexOf(status);
  document.querySelectorAll("#stages li").forEach((item, i) => {
    item.classList.toggle("is-done", status !== "failed" && (i < index || status === "done"));
    item.classList.toggle("is-current", i === index && status !== "done");
    if (i === index && status !== "done") item.setAttribute("aria-current", "step");
    else item.removeAttribute("aria-current");
  });
  $("job-stage-text").textContent = STAGE_TEXT[status] || status;
  if (typeof progress === "number") {
    const percent = Math.round(progress * 100);
    $("job-progress").value = percent;
    $("job-percent").textContent = `${percent}%`;
  }
  $("job").dataset.status = status;
}

function setStatus(text, kind = "") {
  const status = $("job-status");
  status.textContent = text;
  status.dataset.kind = kind;
}

function showResult({ question, answer, transcript, points }) {
  $("result").hidden = false;
  $("result-question").textContent = question || "";
  const list = $("result-points");
  list.replaceChildren(...(points || []).map((point) => Object.assign(document.createElement("li"), { textContent: point })));
  list.hidden = !points || points.length === 0;
  $("result-answer").replaceChildren(
    ...(answer || "")
      .split(/\n{2,}/)
      .filter((part) => part.trim())
      .map((part) => Object.assign(document.createElement("p"), { textContent: part })),
  );
  $("result-transcript").textContent = transcript || "";
}

function finish(status, details = {}) {
  if (!job || job.finished) return;
  job.finished = true;
  clearInterval(job.timer);
  setStage(status, 1);
  $("job-status").dataset.status = status;
  setBusy($("upload-submit"), false);
  if (status === "failed") {
    const error = details.error || {};
    setStatus(error.message || "The recording could not be processed.", "error");
  } else if (!details.question) {
    setStatus("Processed, but no question was found in this recording.", "warning");
    $("result").hidden = true;
  } else {
    setStatus("Done. The answer is saved in your history.", "success");
    showResult(details);
  }
}

function applyEvent(event) {
  job.lastEventAt = Date.now();
  if (job.finished) return;
  if (event.type === "job") {
    if (event.status === "done" || event.status === "failed") {
      // The final job event has no transcript: one request fetches the whole result.
      refresh();
      return;
    }
    setStage(event.status, event.progress);
  } else if (event.type === "question_detected") {
    showResult({ question: event.question, answer: "" });
  } else if (event.type === "answer_delta") {
    job.answer = (job.answer || "") + event.delta;
    $("result").hidden = false;
    $("result-answer").textContent = job.answer;
  }
}

async function refresh() {
  if (!job || job.finished || job.polling) return;
  job.polling = true;
  try {
    const state = await api(`/api/jobs/${job.id}`);
    if (state.status === "done") finish("done", state.result || {});
    else if (state.status === "failed") finish("failed", { error: state.error });
    else setStage(state.status, state.progress);
  } catch (error) {
    setStatus(`Checking the job failed: ${error.message} Retrying…`, "warning");
  } finally {
    if (job) job.polling = false;
  }
}

async function submit(event) {
  event.preventDefault();
  clearErrors(form);
  const file = $("audio").files[0];
  if (!file) {
    showFieldErrors(form, { audio: ["Choose a recording to upload."] });
    return;
  }
  if (job) clearInterval(job.timer);
  job = null;
  early.length = 0;
  const button = $("upload-submit");
  setBusy(button, true, "Working…");
  $("job").hidden = false;
  $("result").hidden = true;
  $("job-status").dataset.status = "";
  setStatus("");
  $("upload-progress").value = 0;
  $("upload-percent").textContent = "0%";
  $("job-progress").value = 0;
  $("job-percent").textContent = "";
  setStage("uploading");
  const data = new FormData();
  data.append("audio", file);
  data.append("language", $("upload-language").value);
  if ($("upload-context").value) data.append("context_id", $("upload-context").value);
  try {
    const accepted = await upload("/api/process_audio", data, (fraction) => {
      const percent = Math.round(fraction * 100);
      $("upload-progress").value = percent;
      $("upload-percent").textContent = `${percent}%`;
    });
    $("upload-progress").value = 100;
    $("upload-percent").textContent = "100%";
    job = { id: accepted.job_id, lastEventAt: 0, finished: false, polling: false, answer: "" };
    $("job").dataset.jobId = job.id;
    setStage(accepted.status || "queued", 0);
    early.splice(0).filter((item) => item.job_id === job.id).forEach(applyEvent);
    refresh();
    // Socket events drive the page; polling fills in when the socket is down or quiet.
    job.timer = setInterval(() => {
      if (!socket.isOpen || Date.now() - job.lastEventAt > QUIET_MS) refresh();
    }, POLL_MS);
  } catch (error) {
    setBusy(button, false);
    $("job").hidden = true;
    showFormError(form, error);
  }
}

page(async () => {
  form.addEventListener("submit", submit);
  socket.connect();
  window.addEventListener("pagehide", () => socket.close());
  await fillContextSelect($("upload-context"));
});
