import { useQuery } from "@tanstack/react-query";
import { Table, Tag } from "nhsuk-react-components";
import { Link } from "react-router";
import type { RouterOutputs } from "../api-types.ts";
import { formatDate } from "../components/format.ts";
import { Loading } from "../components/loading.tsx";
import { usePageTitle } from "../components/page-title.ts";
import { QueryError } from "../components/query-error.tsx";
import { useTRPC } from "../trpc.ts";
import "../assets/assets.css";

type QueueItem = RouterOutputs["brand"]["queue"][number];

function Count({ count, modifier }: { count: number; modifier: "red" | "yellow" }) {
  return count === 0 ? <>None</> : <Tag modifier={modifier}>{count}</Tag>;
}

/** `/brand/review`: pictures waiting for a brand guardian, oldest first, with how much is wrong with each. */
export function BrandQueuePage() {
  usePageTitle("Pictures to review for the brand");
  const trpc = useTRPC();
  const queue = useQuery(trpc.brand.queue.queryOptions());

  return (
    <>
      <h1>Pictures to review for the brand</h1>
      <p>
        Every picture is checked by a brand guardian before it can be scheduled: its label, tags, credits, alt text and how it looks on each
        platform with the brand kit (CO23 §3.5.4, ICBP038 §3.6). Open one to approve it or say what to change.
      </p>
      {queue.isPending ? <Loading /> : queue.isError ? <QueryError error={queue.error} /> : <QueueTable items={queue.data} />}
    </>
  );
}

function QueueTable({ items }: { items: readonly QueueItem[] }) {
  if (items.length === 0) return <p>No pictures are waiting for brand review.</p>;
  return (
    <Table caption={items.length === 1 ? "1 picture waiting, oldest first" : `${items.length} pictures waiting, oldest first`}>
      <Table.Head>
        <Table.Row>
          <Table.Cell>Picture</Table.Cell>
          <Table.Cell>Uploaded by</Table.Cell>
          <Table.Cell>Must fix</Table.Cell>
          <Table.Cell>To check</Table.Cell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {items.map((item) => (
          <Table.Row key={item.id}>
            <Table.Cell>
              <img className="app-queue-thumbnail" src={item.thumbnailUrl} alt="" width={80} height={80} loading="lazy" />
              <Link to={`/assets/${item.id}`}>{item.name}</Link>
            </Table.Cell>
            <Table.Cell>
              {item.uploadedBy.name}
              {item.department ? `, ${item.department}` : ""}
              <br />
              <span className="nhsuk-body-s nhsuk-u-secondary-text-color">{formatDate(item.createdAt)}</span>
            </Table.Cell>
            <Table.Cell>
              <Count count={item.blocking} modifier="red" />
            </Table.Cell>
            <Table.Cell>
              <Count count={item.warnings} modifier="yellow" />
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}
