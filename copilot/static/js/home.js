// Overview: the active context and the latest questions.
import { api, el, formatTime, page, tokens } from "./api.js";

page(async () => {
  const user = tokens.user;
  if (user && user.full_name) {
    document.getElementById("greeting").textContent = `Welcome, ${user.full_name.split(" ")[0]}`;
  }
  const [context, history] = await Promise.all([api("/api/context"), api("/api/history?limit=3")]);
  const contextText = document.getElementById("home-context");
  if (context && context.id) {
    const role = [context.position, context.company].filter(Boolean).join(" at ");
    contextText.textContent = `Active: ${context.name || role || "unnamed context"}${context.name && role ? ` (${role})` : ""}.`;
  } else {
    contextText.textContent = "No context yet. Add your CV, the company and the role so answers fit you.";
  }
  const list = document.getElementById("home-recent");
  for (const entry of history.history) {
    list.append(
      el(
        "li",
        { class: "qa" },
        el("p", { class: "qa__question" }, entry.question),
        el("p", { class: "qa__answer qa__answer--clamp" }, entry.answer),
        el("p", { class: "qa__meta" }, el("time", { datetime: entry.timestamp }, formatTime(entry.timestamp))),
      ),
    );
  }
  document.getElementById("home-recent-empty").hidden = history.history.length > 0;
});
