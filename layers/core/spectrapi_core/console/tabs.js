// Tabs: selecting one shows its panel and hides the panels of the other tabs in the same tab list.

/** Select tab `tabId` and show `panelId`; every other tab in the same tablist is deselected and its panel hidden. */
export function selectTab(tabId, panelId) {
  const tab = document.getElementById(tabId);
  for (const sibling of tab.closest('[role="tablist"]').querySelectorAll('[role="tab"]')) {
    const selected = sibling === tab;
    sibling.setAttribute("aria-selected", String(selected));
    document.getElementById(sibling.getAttribute("aria-controls")).hidden = !selected;
  }
  document.getElementById(panelId).hidden = false;
  tab.dispatchEvent(new CustomEvent("spectrapi:tab", { bubbles: true, detail: { panelId } }));
}
