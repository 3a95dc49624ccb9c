// The API client every page uses: token storage, bearer requests with one refresh on expiry,
// error display, field-error mapping, and small UI helpers (toasts, confirm dialog, downloads).

const ACCESS_KEY = "copilot.access_token";
const REFRESH_KEY = "copilot.refresh_token";
const USER_KEY = "copilot.user";
const REFRESH_MARGIN_S = 60;
// 401 codes that mean the token is unusable (as opposed to, say, a wrong current password).
const TOKEN_ERRORS = new Set(["token_expired", "token_revoked", "invalid_token", "unauthorized"]);

export class ApiError extends Error {
  constructor(status, code, message, fields = {}) {
    super(message || "Something went wrong.");
    this.status = status;
    this.code = code || "error";
    this.fields = fields || {};
  }
}

// --- tokens -------------------------------------------------------------------------------

export const tokens = {
  get access() {
    return localStorage.getItem(ACCESS_KEY);
  },
  get refresh() {
    return localStorage.getItem(REFRESH_KEY);
  },
  get user() {
    try {
      return JSON.parse(localStorage.getItem(USER_KEY) || "null");
    } catch {
      return null;
    }
  },
  save(body) {
    if (body.access_token) localStorage.setItem(ACCESS_KEY, body.access_token);
    if (body.refresh_token) localStorage.setItem(REFRESH_KEY, body.refresh_token);
    if (body.user) localStorage.setItem(USER_KEY, JSON.stringify(body.user));
  },
  clear() {
    localStorage.removeItem(ACCESS_KEY);
    localStorage.removeItem(REFRESH_KEY);
    localStorage.removeItem(USER_KEY);
  },
  signedIn() {
    return Boolean(this.access || this.refresh);
  },
};

function tokenExpiry(token) {
  try {
    const payload = token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
    return JSON.parse(atob(payload)).exp || 0;
  } catch {
    return 0;
  }
}

function expiresSoon(token) {
  return !token || tokenExpiry(token) - Date.now() / 1000 < REFRESH_MARGIN_S;
}

let refreshing = null;

/** Exchange the refresh token for a new access token (one request even when many callers ask). */
export function refreshAccessToken() {
  if (!refreshing) {
    refreshing = (async () => {
      const refresh = tokens.refresh;
      if (!refresh) throw new ApiError(401, "unauthorized", "Please sign in again.");
      const response = await fetch("/api/auth/refresh", {
        method: "POST",
        headers: { Authorization: `Bearer ${refresh}`, Accept: "application/json" },
      });
      const body = await readBody(response);
      if (!response.ok) throw toApiError(response, body);
      tokens.save(body);
      return body.access_token;
    })().finally(() => {
      refreshing = null;
    });
  }
  return refreshing;
}

/** A usable access token, refreshed first when it is about to expire (for sockets and XHR). */
export async function freshAccessToken() {
  if (expiresSoon(tokens.access)) {
    try {
      return await refreshAccessToken();
    } catch (error) {
      if (error.status === 401) signInAgain();
      throw error;
    }
  }
  return tokens.access;
}

export function signInAgain(message = "Your session has ended. Please sign in again.") {
  tokens.clear();
  sessionStorage.setItem("copilot.notice", message);
  const next = location.pathname + location.search;
  location.assign(`/login?next=${encodeURIComponent(next)}`);
}

// --- requests -----------------------------------------------------------------------------

async function readBody(response) {
  const type = response.headers.get("Content-Type") || "";
  if (type.includes("application/json")) {
    try {
      return await response.json();
    } catch {
      return null;
    }
  }
  return null;
}

function toApiError(response, body) {
  const error = body && body.error;
  if (error) return new ApiError(response.status, error.code, error.message, error.fields);
  return new ApiError(response.status, "http_error", `The server answered ${response.status}.`);
}

/**
 * Call the JSON API. `json` is sent as the body; `form` (FormData) as multipart.
 * On a 401 token_expired the access token is refreshed once and the request repeated.
 */
export async function api(path, { method = "GET", json, form, auth = true, raw = false } = {}) {
  const send = async () => {
    const headers = { Accept: "application/json" };
    let body;
    if (json !== undefined) {
      headers["Content-Type"] = "application/json";
      body = JSON.stringify(json);
    } else if (form) {
      body = form;
    }
    if (auth && tokens.access) headers.Authorization = `Bearer ${tokens.access}`;
    try {
      return await fetch(path, { method, headers, body });
    } catch {
      throw new ApiError(0, "network_error", "Cannot reach the server. Check your connection.");
    }
  };
  let response = await send();
  if (auth && response.status === 401) {
    const body = await readBody(response.clone());
    const code = body && body.error && body.error.code;
    if (code === "token_expired" && tokens.refresh) {
      try {
        await refreshAccessToken();
      } catch {
        signInAgain();
        throw new ApiError(401, "unauthorized", "Please sign in again.");
      }
      response = await send();
    } else if (TOKEN_ERRORS.has(code)) {
      signInAgain();
      throw toApiError(response, body);
    }
  }
  if (raw && response.ok) return response;
  const body = await readBody(response);
  if (!response.ok) {
    const error = toApiError(response, body);
    if (auth && response.status === 401 && TOKEN_ERRORS.has(error.code)) signInAgain();
    throw error;
  }
  return body;
}

/** Upload with progress (fetch cannot report upload progress); same error and refresh rules. */
export async function upload(path, form, onProgress) {
  const attempt = (token) =>
    new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open("POST", path);
      xhr.setRequestHeader("Accept", "application/json");
      xhr.setRequestHeader("Authorization", `Bearer ${token}`);
      xhr.responseType = "json";
      xhr.upload.addEventListener("progress", (event) => {
        if (event.lengthComputable && onProgress) onProgress(event.loaded / event.total);
      });
      xhr.addEventListener("load", () => resolve({ status: xhr.status, body: xhr.response }));
      xhr.addEventListener("error", () =>
        reject(new ApiError(0, "network_error", "The upload failed: cannot reach the server.")),
      );
      xhr.send(form);
    });
  let result = await attempt(await freshAccessToken());
  if (result.status === 401 && result.body?.error?.code === "token_expired") {
    result = await attempt(await refreshAccessToken());
  }
  if (result.status >= 200 && result.status < 300) return result.body;
  if (result.status === 401 && TOKEN_ERRORS.has(result.body?.error?.code)) signInAgain();
  const error = result.body && result.body.error;
  if (error) throw new ApiError(result.status, error.code, error.message, error.fields);
  throw new ApiError(result.status, "http_error", `The server answered ${result.status}.`);
}

// --- forms --------------------------------------------------------------------------------

/** Clear the messages of a form (and its fields' invalid state). */
export function clearErrors(form) {
  form.querySelectorAll("[data-error-for]").forEach((element) => {
    element.textContent = "";
  });
  form.querySelectorAll("[aria-invalid]").forEach((element) => element.removeAttribute("aria-invalid"));
  const formError = form.querySelector(".form-error");
  if (formError) {
    formError.hidden = true;
    formError.textContent = "";
  }
}

function messagesOf(value) {
  if (Array.isArray(value)) return value.flatMap(messagesOf);
  if (value && typeof value === "object") return Object.values(value).flatMap(messagesOf);
  // "at most 51200 bytes" reads better as "at most 50 KB".
  return value ? [String(value).replace(/\b(\d{4,}) bytes\b/g, (_, bytes) => formatBytes(Number(bytes)))] : [];
}

/** Put field messages next to their inputs; the rest goes to the form's error box. */
export function showFieldErrors(form, fields = {}, fallbackMessage = "") {
  const unplaced = [];
  let first = null;
  for (const [name, value] of Object.entries(fields)) {
    const slot = form.querySelector(`[data-error-for="${CSS.escape(name)}"]`);
    const text = messagesOf(value).join(" ");
    if (slot) {
      slot.textContent = text;
      const input = form.querySelector(`[name="${CSS.escape(name)}"]`);
      if (input) {
        input.setAttribute("aria-invalid", "true");
        first = first || input;
      }
    } else {
      unplaced.push(name === "_schema" ? text : `${name}: ${text}`);
    }
  }
  const formError = form.querySelector(".form-error");
  const summary = unplaced.length ? unplaced.join(" ") : first ? "" : fallbackMessage;
  if (formError && summary) {
    formError.textContent = summary;
    formError.hidden = false;
  }
  if (first) first.focus();
  return Boolean(first || summary);
}

/** Show an API error on a form: field messages where they belong, the message otherwise. */
export function showFormError(form, error) {
  clearErrors(form);
  const fields = error.fields || {};
  if (Object.keys(fields).length) {
    showFieldErrors(form, fields, error.message);
  } else {
    showFieldErrors(form, {}, error.message);
  }
}

export function formValues(form) {
  const values = {};
  for (const [name, value] of new FormData(form).entries()) {
    if (typeof value === "string") values[name] = value;
  }
  return values;
}

export function setBusy(button, busy, busyLabel) {
  if (!button) return;
  if (busy) {
    button.dataset.label = button.textContent;
    if (busyLabel) button.textContent = busyLabel;
    button.disabled = true;
    button.setAttribute("aria-busy", "true");
  } else {
    if (button.dataset.label) button.textContent = button.dataset.label;
    button.disabled = false;
    button.removeAttribute("aria-busy");
  }
}

// --- UI helpers ---------------------------------------------------------------------------

export function toast(message, kind = "info", timeout = 5000) {
  const region = document.getElementById("toasts");
  if (!region) return;
  const item = document.createElement("div");
  item.className = `toast toast--${kind}`;
  item.setAttribute("role", kind === "error" ? "alert" : "status");
  const text = document.createElement("span");
  text.textContent = message;
  const close = document.createElement("button");
  close.type = "button";
  close.className = "toast__close";
  close.setAttribute("aria-label", "Dismiss");
  close.textContent = "×";
  close.addEventListener("click", () => item.remove());
  item.append(text, close);
  region.append(item);
  if (timeout) setTimeout(() => item.remove(), timeout);
}

export function showError(error) {
  toast(error.message || String(error), "error", 8000);
}

/**
 * The page's confirmation dialog. Resolves true when confirmed. With `typed`, the user must type
 * that exact text first (used for deleting the account).
 */
export function confirmDialog({ title, message, confirmLabel = "Delete", typed = null, typedLabel = "" }) {
  const dialog = document.getElementById("confirm-dialog");
  const ok = document.getElementById("confirm-ok");
  const typedField = document.getElementById("confirm-typed-field");
  const typedInput = document.getElementById("confirm-typed");
  document.getElementById("confirm-title").textContent = title;
  document.getElementById("confirm-message").textContent = message;
  ok.textContent = confirmLabel;
  typedField.hidden = !typed;
  typedInput.value = "";
  ok.disabled = Boolean(typed);
  const onInput = () => {
    ok.disabled = typedInput.value.trim().toLowerCase() !== String(typed).toLowerCase();
  };
  if (typed) {
    document.getElementById("confirm-typed-label").textContent = typedLabel || `Type “${typed}” to confirm`;
    typedInput.addEventListener("input", onInput);
  }
  dialog.returnValue = "";
  return new Promise((resolve) => {
    dialog.addEventListener(
      "close",
      () => {
        typedInput.removeEventListener("input", onInput);
        resolve(dialog.returnValue === "confirm");
      },
      { once: true },
    );
    dialog.showModal();
    (typed ? typedInput : document.getElementById("confirm-cancel")).focus();
  });
}

/** Download an authenticated file (fetch with the bearer token, then save the blob). */
export async function download(path, fallbackName) {
  const response = await api(path, { raw: true });
  const disposition = response.headers.get("Content-Disposition") || "";
  const match = disposition.match(/filename="?([^";]+)"?/);
  const name = match ? match[1] : fallbackName;
  const blob = await response.blob();
  saveBlob(blob, name);
  return { name, size: blob.size, status: response.status };
}

export function saveBlob(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

export function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  return `${(bytes / 1024).toFixed(bytes < 10240 ? 1 : 0)} KB`;
}

export function formatTime(iso) {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}

export function debounce(fn, ms) {
  let timer = null;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") element.className = value;
    else if (key === "text") element.textContent = value;
    else if (key === "dataset") Object.assign(element.dataset, value);
    else if (key === "hidden") element.hidden = Boolean(value);
    else element.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/** Contexts for the "Context" pickers of the live and upload pages. */
export async function fillContextSelect(select) {
  try {
    const { contexts } = await api("/api/contexts");
    for (const context of contexts) {
      const label = context.name || [context.company, context.position].filter(Boolean).join(" — ") || `Context ${context.id}`;
      select.append(el("option", { value: String(context.id) }, context.is_active ? `${label} (active)` : label));
    }
  } catch (error) {
    if (error.status !== 401) showError(error);
  }
}

// --- page start-up ------------------------------------------------------------------------

async function signOut() {
  const refresh = tokens.refresh;
  try {
    if (tokens.access) {
      await fetch("/api/auth/logout", {
        method: "POST",
        headers: {
          Authorization: `Bearer ${tokens.access}`,
          "Content-Type": "application/json",
          Accept: "application/json",
        },
        body: JSON.stringify(refresh ? { refresh_token: refresh } : {}),
      });
    }
  } catch {
    // Signing out locally is what matters; the server forgets expired tokens anyway.
  }
  tokens.clear();
  sessionStorage.setItem("copilot.notice", "You are signed out.");
  location.assign("/login");
}

/**
 * Run a page: private pages send visitors without a token to /login; `init` runs once the DOM
 * is ready. Uncaught API errors are shown as toasts.
 */
export function page(init, { private: isPrivate = document.body.classList.contains("needs-auth") } = {}) {
  if (isPrivate && !tokens.signedIn()) {
    location.replace(`/login?next=${encodeURIComponent(location.pathname + location.search)}`);
    return;
  }
  document.body.classList.add("ready");
  document.querySelectorAll('[data-action="sign-out"]').forEach((button) => {
    button.addEventListener("click", signOut);
  });
  window.addEventListener("unhandledrejection", (event) => {
    if (event.reason instanceof ApiError) {
      event.preventDefault();
      if (event.reason.status !== 401) showError(event.reason);
    }
  });
  const notice = sessionStorage.getItem("copilot.toast");
  if (notice) {
    sessionStorage.removeItem("copilot.toast");
    toast(notice, "success");
  }
  Promise.resolve(init()).catch((error) => {
    if (!(error instanceof ApiError && error.status === 401)) showError(error);
  });
}

/** Show a message on the next page (after a redirect). */
export function toastAfterRedirect(message) {
  sessionStorage.setItem("copilot.toast", message);
}
