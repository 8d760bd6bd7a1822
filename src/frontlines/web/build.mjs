// Builds the web app into ./static: index.html, assets/app.js + app.css (esbuild bundle), and the
// offline map outlines (world-atlas TopoJSON) copied from node_modules.
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
console.log(`built ${out}`);
