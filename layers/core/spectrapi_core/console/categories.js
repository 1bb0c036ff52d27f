// Categories: list, create, edit (each save is a new version), view and restore versions, preview records.

import { ApiError, callApi, getKey } from "./api.js";
import { clearErrors, hideBanner, isPageLevel, showBanner, showFieldError, splitByField } from "./errors.js";
import { readGenerateBody, showGenerateError } from "./playground.js";
import { renderRecordsTable } from "./table.js";

const FIELDS = ["name", "description", "schema"];
const NEW_SCHEMA = {
  type: "object",
  properties: {
    id: { type: "string" },
    name: { type: "string" },
    price: { type: "number", minimum: 0 },
  },
  required: ["id", "name", "price"],
};

const form = document.getElementById("category-form");
const previewForm = document.getElementById("preview-form");
const itemList = document.getElementById("category-items");
const status = document.getElementById("category-status");
let current = null;
let viewedVersion = null;

function field(name) {
  return form.querySelector(`[name="${name}"]`);
}

function notifyChanged() {
  document.dispatchEvent(new CustomEvent("spectrapi:categories"));
}

function showError(error) {
  if (isPageLevel(error)) {
    showBanner(error.message, error.requestId);
    return;
  }
  const { byField, rest } = splitByField(error.message, FIELDS);
  for (const [name, text] of byField) showFieldError(form, name, text);
  // Schema validation messages often name a JSON path rather than the field, so they default to the schema.
  if (rest) showFieldError(form, "schema", rest);
}

function renderList(categories) {
  itemList.replaceChildren();
  if (categories.length === 0) {
    const empty = document.createElement("li");
    empty.className = "empty";
    empty.textContent = "No categories yet.";
    itemList.append(empty);
  }
  for (const category of categories) {
    const item = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    button.className = "link";
    button.dataset.categoryId = category.id;
    button.textContent = `${category.name} · v${category.version}`;
    button.setAttribute("aria-current", String(current?.id === category.id));
    button.addEventListener("click", () => openCategory(category.id));
    item.append(button);
    itemList.append(item);
  }
}

export async function loadCategories() {
  const note = document.getElementById("categories-note");
  note.hidden = true;
  if (!getKey()) {
    itemList.replaceChildren();
    return;
  }
  try {
    const { data } = await callApi("GET", "categories");
    renderList(data);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    itemList.replaceChildren();
    if (isPageLevel(error)) {
      showBanner(error.message, error.requestId);
      return;
    }
    note.textContent = error.status === 403 ? `Your plan has no categories: ${error.message}` : error.message;
    note.hidden = false;
  }
}

function renderVersions(category) {
  const list = document.getElementById("version-items");
  list.replaceChildren();
  for (let version = category.version; version >= 1; version -= 1) {
    const item = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    button.className = "link";
    button.dataset.version = String(version);
    button.textContent = version === category.version ? `v${version} (current)` : `v${version}`;
    button.addEventListener("click", () => viewVersion(version));
    item.append(button);
    list.append(item);
  }
  document.getElementById("version-view").hidden = true;
  document.getElementById("category-versions").hidden = false;
}

function fillForm(category) {
  current = category;
  clearErrors(form);
  status.textContent = "";
  field("name").value = category?.name ?? "";
  field("description").value = category?.description ?? "";
  field("schema").value = JSON.stringify(category?.schema ?? NEW_SCHEMA, null, 2);
  document.getElementById("category-title").textContent = category ? `${category.name} (${category.id})` : "New category";
  document.getElementById("category-save").textContent = category ? `Save as version ${category.version + 1}` : "Create";
  document.getElementById("category-delete").hidden = !category;
  document.getElementById("category-versions").hidden = !category;
  previewForm.hidden = !category;
  document.getElementById("preview-table").replaceChildren();
  if (category) {
    renderVersions(category);
    previewForm.querySelector('[name="instruction"]').value = category.description || `Generate ${category.name}`;
  }
  for (const button of itemList.querySelectorAll("button[data-category-id]")) {
    button.setAttribute("aria-current", String(button.dataset.categoryId === category?.id));
  }
}

async function openCategory(id) {
  hideBanner();
  try {
    fillForm(await callApi("GET", `categories/${encodeURIComponent(id)}`));
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    showBanner(error.message, error.requestId);
  }
}

async function viewVersion(version) {
  try {
    const old = await callApi("GET", `categories/${encodeURIComponent(current.id)}?version=${version}`);
    viewedVersion = old;
    document.getElementById("version-label").textContent =
      `Version ${old.version} of ${current.version}, saved ${old.updated_at ?? old.created_at ?? "earlier"}`;
    document.getElementById("version-schema").textContent = JSON.stringify(old.schema, null, 2);
    document.getElementById("version-restore").hidden = old.version === current.version;
    document.getElementById("version-view").hidden = false;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    showBanner(error.message, error.requestId);
  }
}

/** Save the form: POST a new category or PUT a new version of the open one. */
async function save(body) {
  const saved = current
    ? await callApi("PUT", `categories/${encodeURIComponent(current.id)}`, body)
    : await callApi("POST", "categories", body);
  fillForm(saved);
  status.textContent = `Saved version ${saved.version}`;
  await loadCategories();
  notifyChanged();
}

async function onSave(event) {
  event.preventDefault();
  clearErrors(form);
  hideBanner();
  let schema;
  try {
    schema = JSON.parse(field("schema").value);
  } catch (error) {
    showFieldError(form, "schema", `schema is not valid JSON: ${error.message}`);
    return;
  }
  const body = { name: field("name").value.trim(), description: field("description").value.trim(), schema };
  try {
    await save(body);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    showError(error);
  }
}

async function onRestore() {
  hideBanner();
  clearErrors(form);
  try {
    await save({ name: current.name, description: current.description ?? "", schema: viewedVersion.schema });
    status.textContent = `Restored version ${viewedVersion.version} as version ${current.version}`;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    showError(error);
  }
}

async function onDelete() {
  if (!window.confirm(`Delete category ${current.name}? Its versions are deleted too.`)) return;
  try {
    await callApi("DELETE", `categories/${encodeURIComponent(current.id)}`);
    fillForm(null);
    await loadCategories();
    notifyChanged();
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    showBanner(error.message, error.requestId);
  }
}

async function onPreview(event) {
  event.preventDefault();
  clearErrors(previewForm);
  hideBanner();
  const body = { ...readGenerateBody(previewForm), category_id: current.id };
  const table = document.getElementById("preview-table");
  try {
    const response = await callApi("POST", "generate", body);
    renderRecordsTable(table, response.data);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    table.replaceChildren();
    showGenerateError(previewForm, error, body);
  }
}

export function initCategories() {
  fillForm(null);
  form.addEventListener("submit", onSave);
  previewForm.addEventListener("submit", onPreview);
  document.getElementById("category-new").addEventListener("click", () => fillForm(null));
  document.getElementById("category-delete").addEventListener("click", onDelete);
  document.getElementById("version-restore").addEventListener("click", onRestore);
  field("schema").addEventListener("input", () => {
    clearErrors(form);
    try {
      JSON.parse(field("schema").value);
    } catch (error) {
      showFieldError(form, "schema", `schema is not valid JSON: ${error.message}`);
    }
  });
  document.addEventListener("spectrapi:key", () => {
    fillForm(null);
    itemList.replaceChildren();
    if (!document.getElementById("panel-categories").hidden) loadCategories();
  });
}
