// What the interview pages and the live transcript say about speakers, times and interviews.
import { formatTime } from "./api.js";

export const SPEAKER_NAMES = { interviewer: "Interviewer", candidate: "Me", unknown: "Unknown" };

export function speakerOf(value) {
  return Object.hasOwn(SPEAKER_NAMES, value || "") ? value : "unknown";
}

/** Seconds → "m:ss" (or "h:mm:ss"), for offsets in the timeline. */
export function clock(seconds) {
  const total = Math.max(0, Math.floor(Number(seconds) || 0));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const rest = String(total % 60).padStart(2, "0");
  return hours ? `${hours}:${String(minutes).padStart(2, "0")}:${rest}` : `${minutes}:${rest}`;
}

/** Seconds → "45 s", "12 min", "1 h 5 min", for durations. */
export function duration(seconds) {
  const total = Math.round(Number(seconds) || 0);
  if (total < 60) return `${total} s`;
  const minutes = Math.round(total / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** How long an interview lasted, from its start and end; null while it goes on. */
export function interviewLength(interview) {
  if (!interview.started_at || !interview.ended_at) return null;
  const seconds = (new Date(interview.ended_at) - new Date(interview.started_at)) / 1000;
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : null;
}

export function interviewTitle(interview) {
  return interview.title || `Interview, ${formatTime(interview.started_at) || "undated"}`;
}

export function plural(count, one, many = `${one}s`) {
  return `${count} ${count === 1 ? one : many}`;
}

export const LANGUAGE_NAMES = { en: "English", pl: "Polish" };
