import { Link } from "react-router";
import { usePageTitle } from "./page-title.ts";

export function NotFound({ message }: { message?: string | undefined }) {
  usePageTitle("Page not found");
  return (
    <>
      <h1>Page not found</h1>
      <p>{message ?? "If you typed the web address, check it is correct. If you pasted it, check you copied the whole address."}</p>
      <p>
        <Link to="/">Go to the home page</Link>
      </p>
    </>
  );
}
