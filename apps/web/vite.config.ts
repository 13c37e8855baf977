import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

const api = "http://localhost:3000";

/**
 * Makes the nhsuk-frontend stylesheet fit this app: its icons are bundled from the package
 * (the CSS points at /assets/images), the web font from assets.nhs.uk is dropped so the
 * service works offline and within our Content-Security-Policy (the font stack falls back
 * to Arial), and the IE-only `@media screen\0` hack, which the CSS minifier cannot parse,
 * becomes a media query that never matches (modern browsers ignore those rules anyway).
 */
function nhsukFrontendCss(): Plugin {
  return {
    name: "gatehouse:nhsuk-frontend-css",
    enforce: "pre",
    transform(code, id) {
      if (!/nhsuk-frontend[\\/].*\.css(\?.*)?$/.test(id)) return null;
      return {
        code: code
          .replace(/@font-face\s*\{[^}]*\}/g, "")
          .replaceAll("screen\\0", "(max-width:0)")
          .replaceAll("url(/assets/images/", "url(./assets/images/"),
        map: null,
      };
    },
  };
}

export default defineConfig({
  plugins: [nhsukFrontendCss(), react()],
  server: {
    proxy: {
      "/trpc": api,
      "/api": api,
      "/healthz": api,
    },
  },
  worker: {
    // The screening worker is an ES module, like the page: `new Worker(url, { type: "module" })`.
    format: "es",
  },
  build: {
    outDir: fileURLToPath(new URL("dist", import.meta.url)),
    emptyOutDir: true,
    // The page is one bundle of about 135 kB gzipped, fine for a staff-facing app; the screening worker
    // (detectors and dictionaries, about 1 MB) is its own chunk, loaded when an editor first screens.
    chunkSizeWarningLimit: 800,
  },
});
