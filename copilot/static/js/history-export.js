// Downloads the history export (shared by the history and account pages).
import { download, showError, toast } from "./api.js";

export async function exportHistory(format, statusElement) {
  statusElement.textContent = "Preparing the download…";
  try {
    const result = await download(`/api/history/export?${new URLSearchParams({ format })}`, `interview-history.${format}`);
    statusElement.textContent = `Downloaded ${result.name}.`;
    statusElement.dataset.lastExport = `${format}:${result.status}`;
    toast(`Downloaded ${result.name}.`, "success", 3000);
  } catch (error) {
    statusElement.textContent = "";
    showError(error);
  }
}
