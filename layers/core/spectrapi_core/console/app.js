// Entry point of the console: the key form, the section tabs, and the three panels.

import { clearKey, describeKey, getKey, setKey } from "./api.js";
import { hideBanner } from "./errors.js";
import { initCategories, loadCategories } from "./categories.js";
import { initPlayground } from "./playground.js";
import { selectTab } from "./tabs.js";
import { initUsage, loadUsage } from "./usage.js";

const SECTIONS = [
  ["tab-playground", "panel-playground", null],
  ["tab-categories", "panel-categories", loadCategories],
  ["tab-usage", "panel-usage", loadUsage],
];

function showKeyState() {
  const key = getKey();
  document.getElementById("key-state").textContent = key ? `Using ${describeKey(key)}` : "No key yet";
  document.getElementById("forget-key").hidden = !key;
}

function initKeyForm() {
  const form = document.getElementById("key-form");
  const input = document.getElementById("api-key");
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const key = input.value.trim();
    input.value = "";
    if (!key) return;
    hideBanner();
    setKey(key);
  });
  document.getElementById("forget-key").addEventListener("click", () => {
    clearKey();
    hideBanner();
  });
  document.addEventListener("spectrapi:key", showKeyState);
  showKeyState();
}

function initSections() {
  for (const [tabId, panelId, onOpen] of SECTIONS) {
    document.getElementById(tabId).addEventListener("click", () => {
      selectTab(tabId, panelId);
      onOpen?.();
    });
  }
}

initKeyForm();
initSections();
initPlayground();
initCategories();
initUsage();
