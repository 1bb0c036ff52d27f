// Place an API error message next to the form field it names, or in the banner when it names none.

/**
 * Split a message into the sentences about each field.
 *
 * Validation messages start each problem with the field name ("count must be from 1 to 100; got 0."). A sentence
 * that names no field continues the previous one ("instruction is empty. Describe the records you want...").
 *
 * @param {string} message The envelope's message.
 * @param {string[]} fields Field names the form shows.
 * @returns {{byField: Map<string, string>, rest: string}}
 */
export function splitByField(message, fields) {
  const byField = new Map();
  const rest = [];
  let current = null;
  const startsWithField = new RegExp(`^(${fields.join("|")})\\b`, "i");
  for (const sentence of message.split(/(?<=[.!?])\s+(?=\S)/)) {
    current = sentence.match(startsWithField)?.[1].toLowerCase() ?? current;
    if (current === null) {
      rest.push(sentence);
    } else {
      byField.set(current, [byField.get(current), sentence].filter(Boolean).join(" "));
    }
  }
  return { byField, rest: rest.join(" ") };
}

/** Hide every field error and the banner of a form. */
export function clearErrors(root) {
  for (const element of root.querySelectorAll("[data-error-for]")) {
    element.textContent = "";
    element.hidden = true;
  }
  for (const element of root.querySelectorAll("[aria-invalid]")) element.removeAttribute("aria-invalid");
}

/** Show `text` in the error slot of `field` inside `root`, and mark the field's input invalid. */
export function showFieldError(root, field, text) {
  const slot = root.querySelector(`[data-error-for="${field}"]`);
  if (!slot) return false;
  slot.textContent = text;
  slot.hidden = false;
  const input = root.querySelector(`[name="${field}"]`);
  input?.setAttribute("aria-invalid", "true");
  return true;
}

/** Show a message in the page banner, with the request id when there is one. */
export function showBanner(message, requestId = null) {
  const banner = document.getElementById("banner");
  banner.textContent = requestId ? `${message} (request ${requestId})` : message;
  banner.hidden = false;
}

export function hideBanner() {
  const banner = document.getElementById("banner");
  banner.textContent = "";
  banner.hidden = true;
}

/** Errors about the key, limits or the server rather than one field: they go in the banner. */
export function isPageLevel(error) {
  return error.status === 0 || error.status === 401 || error.status === 429 || error.status >= 500;
}
