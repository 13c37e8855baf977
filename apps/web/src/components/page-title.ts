import { useEffect } from "react";

export const SERVICE_NAME = "Gatehouse";

/** Sets the browser title to "Page – Gatehouse", prefixed "Error: " while a form shows errors. */
export function usePageTitle(title: string, hasErrors = false): void {
  useEffect(() => {
    document.title = `${hasErrors ? "Error: " : ""}${title} – ${SERVICE_NAME}`;
  }, [title, hasErrors]);
}
