import { Outlet, Route, Routes } from "react-router";
import { AccountPage } from "./accounts/account-page.tsx";
import { AccountsPage } from "./accounts/accounts-page.tsx";
import { RegisterAccountPage } from "./accounts/register-account-page.tsx";
import { NewRequestPage } from "./account-requests/new-request-page.tsx";
import { RequestPage } from "./account-requests/request-page.tsx";
import { RequestsPage } from "./account-requests/requests-page.tsx";
import { RequireSignIn } from "./auth/require-sign-in.tsx";
import { SIGN_IN_PATH } from "./auth/return-path.ts";
import { SignInPage } from "./auth/sign-in-page.tsx";
import { CheckPage } from "./check/check-page.tsx";
import { NotFound } from "./components/not-found.tsx";
import { RequireCapability } from "./components/require-capability.tsx";
import { HomePage } from "./home/home-page.tsx";
import { SettingsPage } from "./settings/settings-page.tsx";
import { ComparePage } from "./submissions/compare-page.tsx";
import { MySubmissionsPage } from "./submissions/my-submissions-page.tsx";
import { SubmissionFormPage } from "./submissions/submission-form-page.tsx";
import { SubmissionPage } from "./submissions/submission-page.tsx";
import { ReviewPage } from "./review/review-page.tsx";
import { ReviewQueuePage } from "./review/review-queue-page.tsx";
import { AuditPage } from "./audit/audit-page.tsx";
import { CalendarPage } from "./calendar/calendar-page.tsx";
import { DashboardPage } from "./dashboard/dashboard-page.tsx";
import { NotificationsPage } from "./notifications/notifications-page.tsx";
import { PostPage } from "./posts/post-page.tsx";
import { SandboxFeedPage } from "./sandbox/sandbox-feed-page.tsx";
import { AssetPage } from "./assets/asset-page.tsx";
import { LibraryPage } from "./assets/library-page.tsx";
import { UploadPage } from "./assets/upload-page.tsx";
import { ConsentPage } from "./consent/consent-page.tsx";
import { NewConsentPage } from "./consent/new-consent-page.tsx";
import { RegisterPage } from "./consent/register-page.tsx";
import { TakedownsPage } from "./takedowns/takedowns-page.tsx";
import { KitPage } from "./brand/kit-page.tsx";
import { BrandQueuePage } from "./brand/review-queue-page.tsx";

/** The picture library is for those who bring photos and those who see every photo. */
const PICTURES = ["assets.upload", "assets.viewAll"] as const;

function SignedIn() {
  return (
    <RequireSignIn>
      <Outlet />
    </RequireSignIn>
  );
}

export function App() {
  return (
    <Routes>
      <Route path={SIGN_IN_PATH} element={<SignInPage />} />
      <Route element={<SignedIn />}>
        <Route index element={<HomePage />} />
        <Route
          path="accounts"
          element={
            <RequireCapability capability="accounts.view">
              <AccountsPage />
            </RequireCapability>
          }
        />
        <Route
          path="accounts/new"
          element={
            <RequireCapability capability="accounts.register">
              <RegisterAccountPage />
            </RequireCapability>
          }
        />
        <Route
          path="accounts/:id"
          element={
            <RequireCapability capability="accounts.view">
              <AccountPage />
            </RequireCapability>
          }
        />
        <Route
          path="account-requests"
          element={
            <RequireCapability capability="accountRequests.create">
              <RequestsPage />
            </RequireCapability>
          }
        />
        <Route
          path="account-requests/new"
          element={
            <RequireCapability capability="accountRequests.create">
              <NewRequestPage />
            </RequireCapability>
          }
        />
        <Route
          path="account-requests/:id"
          element={
            <RequireCapability capability="accountRequests.create">
              <RequestPage />
            </RequireCapability>
          }
        />
        <Route path="check" element={<CheckPage />} />
        <Route
          path="settings"
          element={
            <RequireCapability capability="settings.manage">
              <SettingsPage />
            </RequireCapability>
          }
        />
        <Route
          path="calendar"
          element={
            <RequireCapability capability="accounts.view">
              <CalendarPage />
            </RequireCapability>
          }
        />
        <Route
          path="posts/:id"
          element={
            <RequireCapability capability="accounts.view">
              <PostPage />
            </RequireCapability>
          }
        />
        <Route
          path="sandbox/:accountId"
          element={
            <RequireCapability capability="accounts.view">
              <SandboxFeedPage />
            </RequireCapability>
          }
        />
        <Route
          path="dashboard"
          element={
            <RequireCapability capability="accounts.publish">
              <DashboardPage />
            </RequireCapability>
          }
        />
        <Route path="notifications" element={<NotificationsPage />} />
        <Route
          path="audit"
          element={
            <RequireCapability capability="audit.view">
              <AuditPage />
            </RequireCapability>
          }
        />
        <Route
          path="submissions"
          element={
            <RequireCapability capability="submissions.create">
              <MySubmissionsPage />
            </RequireCapability>
          }
        />
        {/* One element for both: a new draft's editor stays on screen when its first save gives it an address. */}
        <Route
          path="submissions/new"
          element={
            <RequireCapability capability="submissions.create">
              <SubmissionFormPage />
            </RequireCapability>
          }
        />
        <Route
          path="submissions/:id/edit"
          element={
            <RequireCapability capability="submissions.create">
              <SubmissionFormPage />
            </RequireCapability>
          }
        />
        <Route path="submissions/:id" element={<SubmissionPage />} />
        <Route path="submissions/:id/compare" element={<ComparePage />} />
        <Route
          path="review"
          element={
            <RequireCapability capability="submissions.review">
              <ReviewQueuePage />
            </RequireCapability>
          }
        />
        <Route
          path="review/:id"
          element={
            <RequireCapability capability="submissions.review">
              <ReviewPage />
            </RequireCapability>
          }
        />
        <Route
          path="assets"
          element={
            <RequireCapability capability={PICTURES}>
              <LibraryPage />
            </RequireCapability>
          }
        />
        <Route
          path="assets/upload"
          element={
            <RequireCapability capability="assets.upload">
              <UploadPage />
            </RequireCapability>
          }
        />
        <Route
          path="assets/:id"
          element={
            <RequireCapability capability={PICTURES}>
              <AssetPage />
            </RequireCapability>
          }
        />
        <Route
          path="consents"
          element={
            <RequireCapability capability="consent.view">
              <RegisterPage />
            </RequireCapability>
          }
        />
        <Route
          path="consents/new"
          element={
            <RequireCapability capability="consent.manage">
              <NewConsentPage />
            </RequireCapability>
          }
        />
        <Route
          path="consents/:id"
          element={
            <RequireCapability capability="consent.view">
              <ConsentPage />
            </RequireCapability>
          }
        />
        <Route
          path="takedowns"
          element={
            <RequireCapability capability="accounts.publish">
              <TakedownsPage />
            </RequireCapability>
          }
        />
        <Route
          path="brand"
          element={
            <RequireCapability capability="brand.manage">
              <KitPage />
            </RequireCapability>
          }
        />
        <Route
          path="brand/review"
          element={
            <RequireCapability capability="brand.review">
              <BrandQueuePage />
            </RequireCapability>
          }
        />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
