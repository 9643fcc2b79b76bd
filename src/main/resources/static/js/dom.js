// Tiny DOM builders. Every piece of text goes in as a text node (append/textContent), never as HTML, so a
// draft holding markup is shown literally and cannot run.
const SVG_NS = 'http://www.w3.org/2000/svg';

function fill(node, attrs, children) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'text') node.textContent = value;
    else node.setAttribute(key === 'className' ? 'class' : key, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child !== null && child !== undefined && child !== false) node.append(child);
  }
  return node;
}

export function el(tag, attrs, ...children) {
  return fill(document.createElement(tag), attrs, children);
}

export function svg(tag, attrs, ...children) {
  return fill(document.createElementNS(SVG_NS, tag), attrs, children);
}

/** An interface text from the page's bundle, with {0}-style parameters and '' as in MessageFormat. */
export function texts(config) {
  return (key, ...params) => {
    let text = (config.texts[key] ?? key).replace(/''/g, "'");
    params.forEach((param, i) => { text = text.split('{' + i + '}').join(String(param)); });
    return text;
  };
}
