// Usage: the key's plan, this minute's and this month's requests against their limits, and the rate-limit headers
// of the last API response.

import { ApiError, callApi, describeKey, getKey, lastResponse } from "./api.js";
import { showBanner } from "./errors.js";

function definitionList(list, entries) {
  list.replaceChildren();
  for (const [label, value, name] of entries) {
    const term = document.createElement("dt");
    term.textContent = label;
    const detail = document.createElement("dd");
    detail.textContent = value;
    if (name) detail.dataset.usage = name;
    list.append(term, detail);
  }
}

/** Format a reset time given as Unix seconds or an ISO 8601 string. */
export function formatReset(reset) {
  if (reset === null || reset === undefined || reset === "") return "unknown";
  const date = typeof reset === "number" || /^\d+$/.test(String(reset)) ? new Date(Number(reset) * 1000) : new Date(reset);
  if (Number.isNaN(date.getTime())) return String(reset);
  return date.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "long" });
}

function renderWindow(container, title, counter) {
  container.replaceChildren();
  const heading = document.createElement("h3");
  heading.textContent = title;
  const limit = counter.limit ?? null;
  const summary = document.createElement("p");
  summary.className = "usage-numbers";
  summary.dataset.usage = `${container.id}-summary`;
  summary.textContent =
    limit === null
      ? `${counter.used} used, no limit`
      : `${counter.used} of ${limit} used, ${counter.remaining ?? Math.max(limit - counter.used, 0)} left`;
  container.append(heading, summary);
  if (limit !== null) {
    const bar = document.createElement("progress");
    bar.max = Math.max(limit, 1);
    bar.value = Math.min(counter.used, bar.max);
    bar.setAttribute("aria-label", `${title}: ${summary.textContent}`);
    container.append(bar);
  }
  const reset = document.createElement("p");
  reset.className = "muted";
  reset.textContent = `Resets ${formatReset(counter.reset)}`;
  container.append(reset);
}

export async function loadUsage() {
  if (!getKey()) {
    definitionList(document.getElementById("usage-key"), [["Key", "Paste a key at the top to see its usage."]]);
    document.getElementById("usage-minute").replaceChildren();
    document.getElementById("usage-month").replaceChildren();
    return;
  }
  try {
    const usage = await callApi("GET", "usage");
    definitionList(document.getElementById("usage-key"), [
      ["Plan", usage.plan, "plan"],
      ["Mode", usage.mode, "mode"],
      ["Key id", usage.key_id, "key_id"],
      ["Key", describeKey(getKey()), "key"],
    ]);
    renderWindow(document.getElementById("usage-minute"), "This minute", usage.minute);
    renderWindow(document.getElementById("usage-month"), "This month", usage.month);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    showBanner(error.message, error.requestId);
  }
}

export function renderLastResponse() {
  const headers = lastResponse.headers;
  const entries = [
    ["Request", lastResponse.path ? `${lastResponse.path} → HTTP ${lastResponse.status}` : "none yet"],
    ["Request id", lastResponse.requestId ?? "—"],
    ["X-RateLimit-Limit", headers["X-RateLimit-Limit"] ?? "—", "limit"],
    ["X-RateLimit-Remaining", headers["X-RateLimit-Remaining"] ?? "—", "remaining"],
    ["X-RateLimit-Reset", headers["X-RateLimit-Reset"] ? `${headers["X-RateLimit-Reset"]} (${formatReset(headers["X-RateLimit-Reset"])})` : "—"],
  ];
  if (headers["Retry-After"]) entries.push(["Retry-After", `${headers["Retry-After"]} s`]);
  definitionList(document.getElementById("last-response"), entries);
}

export function initUsage() {
  document.getElementById("usage-refresh").addEventListener("click", loadUsage);
  document.addEventListener("spectrapi:response", renderLastResponse);
  // Every API call counts toward the key's limits, so usage is fetched only while its panel is open.
  document.addEventListener("spectrapi:key", () => {
    if (!document.getElementById("panel-usage").hidden) loadUsage();
  });
  renderLastResponse();
}
