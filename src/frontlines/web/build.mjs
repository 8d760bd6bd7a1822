// Builds the web app into ./static: index.html, assets/app.js + app.css (esbuild bundle), the
// offline map outlines (world-atlas TopoJSON) and Swagger UI for /docs, copied from node_modules.
import { build } from "esbuild";
import { copyFile, mkdir, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "static");
const assets = join(out, "assets");

await rm(out, { recursive: true, force: true });
await mkdir(assets, { recursive: true });
await build({
  entryPoints: { app: join(here, "src", "main.js") },
  bundle: true,
  minify: true,
  sourcemap: true,
  format: "esm",
  target: ["es2020"],
  outdir: assets,
  loader: { ".png": "file", ".svg": "file" },
  legalComments: "linked",
  logLevel: "warning",
});
await copyFile(join(here, "src", "index.html"), join(out, "index.html"));
await copyFile(
  join(here, "node_modules", "world-atlas", "countries-50m.json"),
  join(assets, "countries-50m.json"),
);
// The API's schema page (/docs) served offline: Swagger UI from npm instead of a CDN.
const swagger = join(assets, "swagger");
await mkdir(swagger);
for (const name of ["swagger-ui-bundle.js", "swagger-ui.css", "favicon-32x32.png", "LICENSE", "NOTICE"]) {
  await copyFile(join(here, "node_modules", "swagger-ui-dist", name), join(swagger, name));
}
console.log(`built ${out}`);
