// The interface texts the editor's script writes by itself (the result panel comes rendered by the server).

/** An interface text from the page's bundle, with {0}-style parameters and '' as in MessageFormat. */
export function texts(config) {
  return (key, ...params) => {
    let text = (config.texts[key] ?? key).replace(/''/g, "'");
    params.forEach((param, i) => { text = text.split('{' + i + '}').join(String(param)); });
    return text;
  };
}
