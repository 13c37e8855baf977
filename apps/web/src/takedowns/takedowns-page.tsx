import { PLATFORM_LABELS } from "@gatehouse/policy";
import { useQuery } from "@tanstack/react-query";
import { Table } from "nhsuk-react-components";
import { Link } from "react-router";
import { useCurrentUser } from "../auth/session-context.ts";
import { formatDateTime } from "../components/format.ts";
import { Loading } from "../components/loading.tsx";
import { PageFormMessages, usePageForms } from "../components/page-forms.tsx";
import { usePageTitle } from "../components/page-title.ts";
import { QueryError } from "../components/query-error.tsx";
import { actorForAccounts } from "../posts/post-actor.ts";
import { useTRPC } from "../trpc.ts";
import { causeLabel } from "./labels.ts";
import { OpenTask } from "./open-task.tsx";
import type { TakedownTask } from "./types.ts";
import "./takedowns.css";

/** `/takedowns`: published posts that must come down, because consent ended or someone asked; and those dealt with. */
export function TakedownsPage() {
  const user = useCurrentUser();
  const trpc = useTRPC();
  const tasks = useQuery(trpc.takedowns.list.queryOptions());
  const accounts = useQuery(trpc.accounts.list.queryOptions());
  const { errors, notice, handlers } = usePageForms();
  usePageTitle("Takedowns", errors !== null);

  if (tasks.isError) return <QueryError error={tasks.error} />;
  if (accounts.isError) return <QueryError error={accounts.error} />;
  if (tasks.isPending || accounts.isPending) return <Loading />;
  const actor = actorForAccounts(user, accounts.data);
  const open = tasks.data.filter((t) => t.state === "open");
  const closed = tasks.data.filter((t) => t.state !== "open");

  return (
    <>
      <PageFormMessages errors={errors} notice={notice} />
      <h1>Takedowns</h1>
      <p>
        Published posts that must come down: the consent of someone in their pictures ended, or someone asked for the post to be removed (NWL
        §6.11, CDDFT §4.4.2).
      </p>
      <h2>Waiting to be taken down</h2>
      {open.length === 0 ? (
        <p>Nothing is waiting.</p>
      ) : (
        open.map((task) => {
          const account = accounts.data.find((a) => a.id === task.accountId);
          return (
            <OpenTask
              key={task.id}
              task={task}
              actor={actor}
              accountStatus={account?.status ?? "archived"}
              canDelete={account?.connection.canDelete ?? true}
              handlers={handlers}
            />
          );
        })
      )}
      <h2>Done</h2>
      {closed.length === 0 ? <p>No takedowns yet.</p> : <DoneTable tasks={closed} />}
    </>
  );
}

function DoneTable({ tasks }: { tasks: readonly TakedownTask[] }) {
  return (
    <Table caption="Takedowns done" captionProps={{ className: "nhsuk-u-visually-hidden" }}>
      <Table.Head>
        <Table.Row>
          <Table.Cell>Post</Table.Cell>
          <Table.Cell>Why</Table.Cell>
          <Table.Cell>Done</Table.Cell>
          <Table.Cell>Note</Table.Cell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {tasks.map((task) => (
          <Table.Row key={task.id}>
            <Table.Cell>
              <Link to={`/posts/${task.postId}`}>{task.title}</Link>
              <br />
              <span className="nhsuk-body-s">
                {PLATFORM_LABELS[task.platform]} {task.handle}
              </span>
            </Table.Cell>
            <Table.Cell>{causeLabel(task.cause)}</Table.Cell>
            <Table.Cell>
              {task.doneAt ? formatDateTime(task.doneAt) : task.state}
              {task.doneBy ? `, ${task.doneBy}` : task.doneAt ? ", automatically" : ""}
            </Table.Cell>
            <Table.Cell>{task.note ?? (task.state === "done" ? "Taken down through Gatehouse" : "")}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}
