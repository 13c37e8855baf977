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
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
