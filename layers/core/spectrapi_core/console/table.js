// Records as a sortable table. Nested objects become dotted columns (`dealer.city`); arrays and anything nested
// deeper than MAX_FLATTEN_DEPTH show as compact JSON in their cell.

const MAX_FLATTEN_DEPTH = 3;
const LONG_CELL_CHARS = 40;

function isPlainObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** Flatten one record into {"dealer.city": "Austin", "features": [...]}, keeping arrays whole. */
export function flattenRecord(record, prefix = "", depth = 1, into = {}) {
  for (const [name, value] of Object.entries(record)) {
    const column = prefix ? `${prefix}.${name}` : name;
    if (isPlainObject(value) && depth < MAX_FLATTEN_DEPTH && Object.keys(value).length > 0) {
      flattenRecord(value, column, depth + 1, into);
    } else {
      into[column] = value;
    }
  }
  return into;
}

/** List the columns of all rows in the order they first appear, `id` first. */
export function columnsOf(rows) {
  const seen = new Set();
  for (const row of rows) for (const column of Object.keys(row)) seen.add(column);
  const columns = [...seen];
  return columns.includes("id") ? ["id", ...columns.filter((column) => column !== "id")] : columns;
}

export function formatCell(value) {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value) && value.every((item) => item === null || typeof item !== "object")) {
    return value.join(", ");
  }
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });

/** Order two cell values: missing values last, numbers by value, everything else as text. */
export function compareCells(left, right) {
  const leftMissing = left === null || left === undefined;
  const rightMissing = right === null || right === undefined;
  if (leftMissing || rightMissing) return Number(leftMissing) - Number(rightMissing);
  if (typeof left === "number" && typeof right === "number") return left - right;
  return collator.compare(formatCell(left), formatCell(right));
}

/**
 * Render records into `container` as a table whose headers sort the rows when clicked.
 *
 * @param {HTMLElement} container Element whose content is replaced.
 * @param {object[]} records Records as returned in `data`.
 */
export function renderRecordsTable(container, records) {
  const rows = records.map((record) => flattenRecord(record));
  const columns = columnsOf(rows);
  const sort = { column: null, direction: 1 };

  const table = document.createElement("table");
  table.className = "records";
  const head = table.createTHead().insertRow();
  const body = table.createTBody();

  for (const column of columns) {
    const cell = document.createElement("th");
    cell.scope = "col";
    cell.setAttribute("aria-sort", "none");
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = column;
    button.title = `Sort by ${column}`;
    button.addEventListener("click", () => {
      sort.direction = sort.column === column ? -sort.direction : 1;
      sort.column = column;
      for (const header of head.cells) header.setAttribute("aria-sort", "none");
      cell.setAttribute("aria-sort", sort.direction === 1 ? "ascending" : "descending");
      fillBody();
    });
    cell.append(button);
    head.append(cell);
  }

  function fillBody() {
    const ordered = [...rows];
    if (sort.column !== null) {
      ordered.sort((a, b) => sort.direction * compareCells(a[sort.column], b[sort.column]));
    }
    body.replaceChildren();
    for (const row of ordered) {
      const line = body.insertRow();
      for (const column of columns) {
        const cell = line.insertCell();
        const value = row[column];
        const text = formatCell(value);
        cell.textContent = text;
        // Long cells are cut with an ellipsis by the style sheet; the tooltip shows the whole value.
        if (text.length > LONG_CELL_CHARS) cell.title = text;
        if (value !== null && typeof value === "object") cell.className = "json";
        else if (typeof value === "number") cell.className = "number";
      }
    }
  }

  fillBody();
  container.replaceChildren(table);
}
