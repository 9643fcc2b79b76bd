// Builds LanguageTool's annotated text (the `data` parameter of /v2/check) from each HTML page with
// annotatedtext-rehype, the library editor plugins use for it, and writes it next to the page as JSON.
// Run once when a page changes:  npm ci && node build.mjs   (from this directory)
import { build } from "annotatedtext-rehype";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = new URL("../resources/languagetool/annotated/", import.meta.url).pathname;
for (const page of readdirSync(dir).filter((name) => name.endsWith(".html")).sort()) {
  const html = readFileSync(join(dir, page), "utf8");
  const json = join(dir, page.replace(/\.html$/, ".json"));
  writeFileSync(json, JSON.stringify(build(html), null, 1) + "\n");
  console.log(`${page} -> ${json}`);
}
