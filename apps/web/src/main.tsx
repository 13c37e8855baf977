import "nhsuk-frontend/dist/nhsuk/nhsuk-frontend.min.css";
import "./app.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter } from "react-router";
import { ApiProvider } from "./api-provider.tsx";
import { App } from "./app.tsx";

// nhsuk-frontend's scripts only start when the body says the browser supports them. The
// usual inline snippet would break our Content-Security-Policy (script-src 'self').
document.body.classList.add("js-enabled", "nhsuk-frontend-supported");

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

createRoot(root).render(
  <StrictMode>
    <ApiProvider>
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </ApiProvider>
  </StrictMode>,
);
