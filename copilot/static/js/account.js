// Account: profile summary, password change, data export and account deletion.
import {
  api,
  clearErrors,
  confirmDialog,
  formValues,
  page,
  saveBlob,
  setBusy,
  showError,
  showFieldErrors,
  showFormError,
  tokens,
  toastAfterRedirect,
} from "./api.js";
import { exportHistory } from "./history-export.js";

const $ = (id) => document.getElementById(id);

async function changePassword(event) {
  event.preventDefault();
  const form = event.currentTarget;
  clearErrors(form);
  $("password-status").textContent = "";
  const values = formValues(form);
  const problems = {};
  if (!values.current_password) problems.current_password = ["Enter your current password."];
  if (values.new_password.length < 8) problems.new_password = ["Use at least 8 characters."];
  else if (values.new_password !== values.confirm_password) problems.confirm_password = ["The passwords do not match."];
  if (Object.keys(problems).length) {
    showFieldErrors(form, problems);
    return;
  }
  const button = form.querySelector('button[type="submit"]');
  setBusy(button, true, "Changing…");
  try {
    const body = await api("/api/auth/password", {
      method: "POST",
      json: { current_password: values.current_password, new_password: values.new_password },
    });
    tokens.save(body);
    form.reset();
    $("password-status").textContent = "Password changed.";
  } catch (error) {
    if (error.code === "invalid_credentials") showFieldErrors(form, { current_password: [error.message] });
    else showFormError(form, error);
  } finally {
    setBusy(button, false);
  }
}

async function exportContexts() {
  const { contexts } = await api("/api/contexts");
  const blob = new Blob([JSON.stringify(contexts, null, 2)], { type: "application/json" });
  saveBlob(blob, "interview-contexts.json");
  $("export-status").textContent = `Downloaded ${contexts.length} ${contexts.length === 1 ? "context" : "contexts"}.`;
}

async function deleteAccount(user) {
  const confirmed = await confirmDialog({
    title: "Delete your account?",
    message: "Your account, contexts and the whole history are deleted for good.",
    confirmLabel: "Delete my account",
    typed: user.email,
    typedLabel: `Type your email (${user.email}) to confirm`,
  });
  if (!confirmed) return;
  await api("/api/auth/me", { method: "DELETE" });
  tokens.clear();
  toastAfterRedirect("Your account has been deleted.");
  location.assign("/signup");
}

page(async () => {
  $("password-form").addEventListener("submit", changePassword);
  $("export-contexts").addEventListener("click", () => exportContexts().catch(showError));
  document.querySelectorAll("[data-export]").forEach((button) => {
    button.addEventListener("click", () => exportHistory(button.dataset.export, $("export-status")));
  });
  const user = await api("/api/auth/me");
  tokens.save({ user });
  $("account-username").value = user.email;
  $("account-summary").textContent = `${user.full_name ? `${user.full_name} · ` : ""}${user.email} · member since ${new Date(user.created_at).toLocaleDateString(undefined, { dateStyle: "long" })}`;
  $("delete-account").addEventListener("click", () => deleteAccount(user).catch(showError));
});
