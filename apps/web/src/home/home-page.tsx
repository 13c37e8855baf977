import { ROLE_LABELS } from "@gatehouse/policy";
import { SummaryList } from "nhsuk-react-components";
import { Link } from "react-router";
import { useCurrentUser } from "../auth/session-context.ts";
import { navItemsFor } from "../components/nav-items.ts";
import { usePageTitle } from "../components/page-title.ts";

export function HomePage() {
  const user = useCurrentUser();
  usePageTitle("Home");
  const tasks = navItemsFor(user.roles).filter((item) => item.to !== "/");

  return (
    <>
      <h1>Signed in as {user.name}</h1>
      <SummaryList>
        <SummaryList.Row>
          <SummaryList.Key>{user.roles.length === 1 ? "Role" : "Roles"}</SummaryList.Key>
          <SummaryList.Value>{user.roles.map((role) => ROLE_LABELS[role]).join(", ")}</SummaryList.Value>
        </SummaryList.Row>
        <SummaryList.Row>
          <SummaryList.Key>Department</SummaryList.Key>
          <SummaryList.Value>{user.department?.name ?? "None"}</SummaryList.Value>
        </SummaryList.Row>
        <SummaryList.Row>
          <SummaryList.Key>Email address</SummaryList.Key>
          <SummaryList.Value>{user.email}</SummaryList.Value>
        </SummaryList.Row>
      </SummaryList>

      <h2>What you can do here</h2>
      {tasks.length === 0 ? (
        <p>There is nothing for your role to do here yet.</p>
      ) : (
        <ul className="nhsuk-list nhsuk-list--border">
          {tasks.map((task) => (
            <li key={task.to}>
              <Link to={task.to}>{task.text}</Link>
              <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">{task.description}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
