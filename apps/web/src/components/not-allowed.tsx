import { Link } from "react-router";
import { usePageTitle } from "./page-title.ts";

/** A page the person's roles do not allow: say so, never render the page behind it. */
export function NotAllowed({ reason }: { reason?: string | undefined }) {
  usePageTitle("You do not have permission to see this page");
  return (
    <>
      <h1>You do not have permission to see this page</h1>
      <p>{reason ?? "Your role does not allow you to use this page."}</p>
      <p>If you think you should have access, ask an administrator.</p>
      <p>
        <Link to="/">Go to the home page</Link>
      </p>
    </>
  );
}
