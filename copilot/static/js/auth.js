// Sign in and sign up: both forms post to the auth API and keep the returned tokens.
import { api, clearErrors, formValues, page, setBusy, showFieldErrors, showFormError, tokens } from "./api.js";

function nextPage() {
  const next = new URLSearchParams(location.search).get("next") || "/";
  // Only paths on this site: never send a visitor elsewhere after signing in.
  return next.startsWith("/") && !next.startsWith("//") ? next : "/";
}

function validate(form, values) {
  const fields = {};
  if (!values.email || !values.email.includes("@")) fields.email = ["Enter your email address."];
  if (!values.password) fields.password = ["Enter a password."];
  else if (form.id === "signup-form" && values.password.length < 8) {
    fields.password = ["Too short."];
  }
  return fields;
}

page(
  () => {
    if (tokens.signedIn()) {
      location.replace(nextPage());
      return;
    }
    const notice = sessionStorage.getItem("copilot.notice");
    const noticeBox = document.getElementById("auth-notice");
    if (notice && noticeBox) {
      sessionStorage.removeItem("copilot.notice");
      noticeBox.textContent = notice;
      noticeBox.hidden = false;
    }
    const form = document.querySelector("form[data-endpoint]");
    form.querySelector("input").focus();
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      clearErrors(form);
      const values = formValues(form);
      values.email = values.email.trim();
      const problems = validate(form, values);
      if (Object.keys(problems).length) {
        showFieldErrors(form, problems);
        return;
      }
      const button = form.querySelector('button[type="submit"]');
      setBusy(button, true, form.id === "signup-form" ? "Creating account…" : "Signing in…");
      try {
        const body = await api(form.dataset.endpoint, { method: "POST", json: values, auth: false });
        tokens.save(body);
        location.assign(form.id === "signup-form" ? "/setup" : nextPage());
      } catch (error) {
        showFormError(form, error);
        setBusy(button, false);
      }
    });
  },
  { private: false },
);
