/** The NHS footer, with a line about the service (the library's would add "© NHS England"). */
export function SiteFooter() {
  return (
    <footer className="nhsuk-footer" role="contentinfo">
      <div className="nhsuk-width-container">
        <div className="nhsuk-footer__meta">
          <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">
            Gatehouse: drafting, checking and publishing to the organisation's official social media accounts.
          </p>
        </div>
      </div>
    </footer>
  );
}
