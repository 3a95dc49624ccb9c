// Interview setup: saved contexts (list, create, edit, delete, activate) and the CV upload.
import {
  api,
  clearErrors,
  confirmDialog,
  el,
  formatBytes,
  formatTime,
  page,
  setBusy,
  showError,
  showFieldErrors,
  showFormError,
  toast,
} from "./api.js";

const FIELDS = ["name", "company", "position", "language", "cv", "job_description", "system_prompt"];
const encoder = new TextEncoder();

let contexts = [];
let editingId = null;

const form = document.getElementById("context-form");
const list = document.getElementById("context-list");
const status = document.getElementById("form-status");

function sizeOf(input) {
  return input.dataset.limitUnit === "bytes" ? encoder.encode(input.value).length : [...input.value].length;
}

function describeSize(input, size) {
  const limit = Number(input.dataset.limit);
  if (input.dataset.limitUnit === "bytes") return `${formatBytes(size)} of ${formatBytes(limit)}`;
  return `${size} / ${limit} characters`;
}

function updateCounter(input) {
  const counter = form.querySelector(`[data-counter-for="${input.name}"]`);
  if (!counter) return;
  const size = sizeOf(input);
  const limit = Number(input.dataset.limit);
  counter.textContent = describeSize(input, size);
  counter.classList.toggle("counter--near", size > limit * 0.9 && size <= limit);
  counter.classList.toggle("counter--over", size > limit);
}

/** Over-limit fields, with the messages shown next to them. */
function limitProblems() {
  const problems = {};
  form.querySelectorAll("[data-limit]").forEach((input) => {
    const size = sizeOf(input);
    const limit = Number(input.dataset.limit);
    if (size > limit) {
      problems[input.name] =
        input.dataset.limitUnit === "bytes"
          ? [`Too long: ${formatBytes(size)}, the limit is ${formatBytes(limit)}. Shorten it by ${formatBytes(size - limit)}.`]
          : [`Too long: ${size} characters, the limit is ${limit}.`];
    }
  });
  return problems;
}

function contextLabel(context) {
  return context.name || [context.position, context.company].filter(Boolean).join(" at ") || `Context ${context.id}`;
}

function fillForm(context) {
  editingId = context ? context.id : null;
  for (const name of FIELDS) {
    form.elements[name].value = context ? context[name] || (name === "language" ? "auto" : "") : name === "language" ? "auto" : "";
  }
  form.querySelectorAll("[data-limit]").forEach(updateCounter);
  clearErrors(form);
  status.textContent = "";
  document.getElementById("cv-file-status").textContent = "";
  document.getElementById("form-title").textContent = context ? `Edit “${contextLabel(context)}”` : "New context";
  document.getElementById("save-context").textContent = context ? "Save changes" : "Save context";
  renderList();
}

function renderList() {
  list.replaceChildren(
    ...contexts.map((context) => {
      const role = [context.position, context.company].filter(Boolean).join(" · ");
      const item = el(
        "li",
        { class: `context-item${context.id === editingId ? " context-item--editing" : ""}`, dataset: { id: context.id } },
        el(
          "div",
          { class: "context-item__text" },
          el("p", { class: "context-item__name" }, contextLabel(context), context.is_active ? el("span", { class: "badge" }, "Active") : null),
          role && context.name ? el("p", { class: "context-item__role" }, role) : null,
          el("p", { class: "context-item__meta" }, `Edited ${formatTime(context.updated_at)} · CV ${formatBytes(encoder.encode(context.cv || "").length)}`),
        ),
        el(
          "div",
          { class: "context-item__actions" },
          el("button", { type: "button", class: "button button--small button--ghost", dataset: { action: "edit" } }, "Edit"),
          context.is_active
            ? null
            : el("button", { type: "button", class: "button button--small button--ghost", dataset: { action: "activate" } }, "Make active"),
          el("button", { type: "button", class: "button button--small button--danger-ghost", dataset: { action: "delete" }, "aria-label": `Delete ${contextLabel(context)}` }, "Delete"),
        ),
      );
      return item;
    }),
  );
  document.getElementById("contexts-empty").hidden = contexts.length > 0;
}

async function loadContexts() {
  contexts = (await api("/api/contexts")).contexts;
  renderList();
}

function collect() {
  const values = {};
  for (const name of FIELDS) values[name] = form.elements[name].value;
  return values;
}

/** Save the form (create or update); returns the saved context, or null when it was invalid. */
async function save() {
  clearErrors(form);
  const problems = limitProblems();
  if (Object.keys(problems).length) {
    showFieldErrors(form, problems);
    status.textContent = "";
    return null;
  }
  const values = collect();
  const saved = editingId
    ? await api(`/api/contexts/${editingId}`, { method: "PATCH", json: values })
    : await api("/api/contexts", { method: "POST", json: values });
  editingId = saved.id;
  await loadContexts();
  fillForm(contexts.find((context) => context.id === saved.id) || saved);
  return saved;
}

async function uploadCv(file) {
  const fileStatus = document.getElementById("cv-file-status");
  clearErrors(form);
  fileStatus.textContent = `Reading ${file.name}…`;
  try {
    if (!editingId && !(await save())) {
      fileStatus.textContent = "";
      return;
    }
    const data = new FormData();
    data.append("file", file);
    const saved = await api(`/api/contexts/${editingId}/cv`, { method: "POST", form: data });
    form.elements.cv.value = saved.cv;
    updateCounter(form.elements.cv);
    await loadContexts();
    fileStatus.textContent = `Read ${formatBytes(encoder.encode(saved.cv).length)} of text from ${file.name}.`;
  } catch (error) {
    fileStatus.textContent = "";
    showFormError(form, error);
  }
}

page(async () => {
  form.querySelectorAll("[data-limit]").forEach((input) => {
    updateCounter(input);
    input.addEventListener("input", () => updateCounter(input));
  });
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const button = document.getElementById("save-context");
    const wasNew = !editingId;
    setBusy(button, true, "Saving…");
    try {
      const saved = await save();
      if (saved) {
        status.textContent = `${wasNew ? "Context created" : "Changes saved"}${saved.is_active ? ": answers now use it." : "."}`;
      }
    } catch (error) {
      showFormError(form, error);
    } finally {
      setBusy(button, false);
      button.textContent = editingId ? "Save changes" : "Save context";
    }
  });
  document.getElementById("cv-file").addEventListener("change", (event) => {
    const file = event.target.files[0];
    event.target.value = "";
    if (file) uploadCv(file);
  });
  document.getElementById("new-context").addEventListener("click", () => {
    fillForm(null);
    form.elements.name.focus();
  });
  list.addEventListener("click", async (event) => {
    const button = event.target.closest("button[data-action]");
    if (!button) return;
    const id = Number(button.closest("[data-id]").dataset.id);
    const context = contexts.find((item) => item.id === id);
    try {
      if (button.dataset.action === "edit") {
        fillForm(context);
        form.elements.name.focus();
      } else if (button.dataset.action === "activate") {
        await api(`/api/contexts/${id}/activate`, { method: "POST" });
        await loadContexts();
        toast(`“${contextLabel(context)}” is now active.`, "success");
      } else if (button.dataset.action === "delete") {
        const confirmed = await confirmDialog({
          title: "Delete this context?",
          message: `“${contextLabel(context)}” and its CV text will be deleted. Your history is kept.`,
        });
        if (!confirmed) return;
        await api(`/api/contexts/${id}`, { method: "DELETE" });
        await loadContexts();
        if (editingId === id) fillForm(null);
        toast("Context deleted.", "success");
      }
    } catch (error) {
      showError(error);
    }
  });
  await loadContexts();
  const active = contexts.find((context) => context.is_active);
  fillForm(active || null);
});
