// The playground: one generate request from the form, its records as a table or JSON, its meta and code snippets.

import { API_BASE, ApiError, callApi, getKey } from "./api.js";
import { clearErrors, hideBanner, isPageLevel, showBanner, showFieldError, splitByField } from "./errors.js";
import { EXAMPLE_INSTRUCTIONS } from "./examples.js";
import { buildSnippets } from "./snippets.js";
import { renderRecordsTable } from "./table.js";
import { selectTab } from "./tabs.js";

const FIELDS = ["instruction", "count", "locale", "category_id", "seed"];
const META_LABELS = [
  ["request_id", "Request id"],
  ["latency_ms", "Latency (ms)"],
  ["engine", "Engine"],
  ["seed", "Seed"],
  ["count", "Count"],
  ["locale", "Locale"],
  ["category_id", "Category"],
  ["category_version", "Category version"],
];

const form = document.getElementById("generate-form");
const status = document.getElementById("generate-status");
let lastRequestBody = null;

/** Read a number input as typed, so the API (not the browser) judges it; undefined when empty. */
function readNumber(input) {
  const text = input.value.trim();
  if (text === "") return undefined;
  const number = Number(text);
  return Number.isFinite(number) ? number : text;
}

export function readGenerateBody(root) {
  const body = {
    instruction: root.querySelector('[name="instruction"]').value,
    count: readNumber(root.querySelector('[name="count"]')),
  };
  const locale = root.querySelector('[name="locale"]');
  if (locale) body.locale = locale.value;
  const category = root.querySelector('[name="category_id"]');
  if (category?.value) body.category_id = category.value;
  const seed = root.querySelector('[name="seed"]');
  if (seed) body.seed = readNumber(seed);
  return body;
}

/**
 * Show an API error next to the field it concerns, or in the banner for key, limit and server errors.
 *
 * @param {HTMLElement} root Form holding the `[data-error-for]` slots.
 * @param {ApiError} error The failure.
 * @param {object} body The request body that failed.
 */
export function showGenerateError(root, error, body) {
  if (isPageLevel(error)) {
    showBanner(error.message, error.requestId);
    return;
  }
  let byField;
  let rest = "";
  if (body.category_id && (error.status === 403 || error.status === 404)) {
    byField = new Map([["category_id", error.message]]);
  } else if (error.status === 422) {
    byField = new Map([[body.category_id && /categor|schema/i.test(error.message) ? "category_id" : "instruction", error.message]]);
  } else {
    ({ byField, rest } = splitByField(error.message, FIELDS));
  }
  for (const [field, text] of byField) {
    if (!showFieldError(root, field, text)) rest = `${rest} ${text}`.trim();
  }
  if (rest) showBanner(rest, error.requestId);
}

function renderMeta(meta) {
  const list = document.getElementById("meta");
  list.replaceChildren();
  for (const [name, label] of META_LABELS) {
    if (meta[name] === undefined || meta[name] === null) continue;
    const term = document.createElement("dt");
    term.textContent = label;
    const value = document.createElement("dd");
    value.textContent = String(meta[name]);
    value.dataset.meta = name;
    list.append(term, value);
  }
}

function renderSnippet() {
  if (!lastRequestBody) return;
  const showKey = document.getElementById("snippet-show-key").checked;
  const language = document.getElementById("snippet-language").value;
  const snippets = buildSnippets(lastRequestBody, API_BASE.href, showKey ? getKey() : null);
  document.getElementById("snippet").textContent = snippets[language];
}

function renderResult(response, body) {
  lastRequestBody = { ...body, seed: body.seed ?? response.meta.seed };
  renderMeta(response.meta);
  renderRecordsTable(document.getElementById("result-table"), response.data);
  document.getElementById("result-json").textContent = JSON.stringify(response, null, 2);
  renderSnippet();
  document.getElementById("result").hidden = false;
}

async function onGenerate(event) {
  event.preventDefault();
  clearErrors(form);
  hideBanner();
  const body = readGenerateBody(form);
  status.textContent = "Generating…";
  try {
    const response = await callApi("POST", "generate", body);
    renderResult(response, body);
    status.textContent = `${response.data.length} records in ${response.meta.latency_ms} ms`;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    status.textContent = "";
    showGenerateError(form, error, body);
  }
}

/** Fill the category dropdown from the API, or show that the plan has no categories when the API returns 403. */
export async function loadCategoryOptions() {
  const select = document.getElementById("category");
  const note = document.getElementById("category-note");
  const chosen = select.value;
  select.replaceChildren(new Option("None", ""));
  note.hidden = true;
  select.disabled = false;
  if (!getKey()) return;
  try {
    const { data } = await callApi("GET", "categories");
    for (const category of data) select.append(new Option(`${category.name} (v${category.version})`, category.id));
    select.value = data.some((category) => category.id === chosen) ? chosen : "";
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (isPageLevel(error)) {
      showBanner(error.message, error.requestId);
      return;
    }
    note.textContent = error.status === 403 ? `Your plan has no categories: ${error.message}` : error.message;
    note.hidden = false;
    select.disabled = error.status === 403;
  }
}

export function initPlayground() {
  const examples = document.getElementById("examples");
  for (const text of EXAMPLE_INSTRUCTIONS) examples.append(new Option(text, text));
  examples.addEventListener("change", () => {
    if (examples.value) form.querySelector('[name="instruction"]').value = examples.value;
    examples.value = "";
  });

  form.addEventListener("submit", onGenerate);

  for (const [tabId, panelId] of [["view-table", "result-table"], ["view-json", "result-json"], ["view-code", "result-code"]]) {
    document.getElementById(tabId).addEventListener("click", () => selectTab(tabId, panelId));
  }
  document.getElementById("snippet-language").addEventListener("change", renderSnippet);
  document.getElementById("snippet-show-key").addEventListener("change", renderSnippet);
  document.getElementById("snippet-copy").addEventListener("click", async () => {
    const copyStatus = document.getElementById("snippet-status");
    try {
      await navigator.clipboard.writeText(document.getElementById("snippet").textContent);
      copyStatus.textContent = "Copied";
    } catch {
      copyStatus.textContent = "Copy failed; select the text instead";
    }
  });

  document.addEventListener("spectrapi:key", loadCategoryOptions);
  document.addEventListener("spectrapi:categories", loadCategoryOptions);
  loadCategoryOptions();
}
