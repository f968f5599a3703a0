// DOM helpers for the web UI. Untrusted text only ever goes in through textContent or text nodes.

const SVG = "http://www.w3.org/2000/svg";

function assign(node, props) {
  for (const [key, value] of Object.entries(props || {})) {
    if (key === "text") node.textContent = value;
    else if (key === "class") node.setAttribute("class", value);
    else if (key.startsWith("on")) {
      // Listeners are functions written here; a string from data must never become a handler.
      if (typeof value !== "function")
        throw new TypeError(`expected a function for ${key}, found ${typeof value}`);
      node.addEventListener(key.slice(2), value);
    } else if (/^(?:href|src|xlink:href)$/.test(key) && /^\s*javascript:/i.test(String(value))) {
      throw new TypeError(`expected a URL for ${key}, found a javascript: URL`);
    } else node.setAttribute(key, value);
  }
  return node;
}

/** An HTML element with attributes (`text` sets its text, `onclick` a listener) and children. */
export function el(tag, props, ...children) {
  const node = assign(document.createElement(tag), props);
  for (const child of children) if (child) node.append(child);
  return node;
}

/** An SVG element, the same way. */
export function svg(tag, props, ...children) {
  const node = assign(document.createElementNS(SVG, tag), props);
  for (const child of children) if (child) node.append(child);
  return node;
}

export function section(title, ...children) {
  return el("section", {}, el("h2", { text: title }), ...children);
}
