import { SkipLink } from "nhsuk-react-components";
import { useEffect, useRef, type ReactNode } from "react";
import { useLocation } from "react-router";
import type { SignedInUser } from "../api-types.ts";
import { isSamePage } from "./same-page.ts";
import { SiteFooter } from "./site-footer.tsx";
import { SiteHeader } from "./site-header.tsx";

/** The page frame: skip link, header, one <main>, footer. */
export function Layout({ user, children }: { user: SignedInUser | null; children: ReactNode }) {
  const mainRef = useRef<HTMLElement>(null);
  const location = useLocation();
  const { pathname } = location;
  const samePage = isSamePage(location.state);
  const firstPath = useRef(pathname);

  // After moving to another page inside the app, start from the top of the new content, as
  // a full page load would, so keyboard and screen reader users are not left in the header.
  // A page that only changed its address (SAME_PAGE) keeps focus where it is.
  useEffect(() => {
    if (pathname === firstPath.current) return;
    firstPath.current = pathname;
    if (samePage) return;
    window.scrollTo(0, 0);
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname, samePage]);

  return (
    <>
      <SkipLink href="#maincontent">Skip to main content</SkipLink>
      <SiteHeader user={user} />
      <div className="nhsuk-width-container">
        <main className="nhsuk-main-wrapper" id="maincontent" ref={mainRef} tabIndex={-1}>
          {children}
        </main>
      </div>
      <SiteFooter />
    </>
  );
}
