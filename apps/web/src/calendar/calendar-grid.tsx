import { useState, type DragEvent } from "react";
import { dayOfMonth, formatDay, sameMonth } from "../components/london-time.ts";
import type { PostSummary } from "../posts/types.ts";
import type { CalendarView } from "./calendar-view.ts";
import { POST_DRAG_TYPE, PostChip } from "./post-chip.tsx";

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

export interface GridProps {
  view: CalendarView;
  today: string;
  /** posts by their London date, each day's in time order */
  postsByDay: ReadonlyMap<string, readonly PostSummary[]>;
  colourOf: (accountId: string) => number;
  canMove: (post: PostSummary) => boolean;
  onMove: (post: PostSummary, day: string) => void;
}

/**
 * The month or week as a table: a column per weekday, a cell per London day, each post a chip.
 * A post the person may move can be dragged to another day; the drop keeps its time of day.
 */
export function CalendarGrid({ view, today, postsByDay, colourOf, canMove, onMove }: GridProps) {
  const [dragging, setDragging] = useState<PostSummary | null>(null);
  const [over, setOver] = useState<string | null>(null);
  const detailed = view.mode === "week";

  // Decided from the drag's own data, not from state: the first dragover can come before React re-renders.
  const accepts = (event: DragEvent) => event.dataTransfer.types.includes(POST_DRAG_TYPE);
  const postById = (id: string) => [...postsByDay.values()].flat().find((p) => p.id === id) ?? null;

  const dayProps = (day: string) => ({
    onDragOver: (event: DragEvent<HTMLTableCellElement>) => {
      if (!accepts(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = "move";
      if (over !== day) setOver(day);
    },
    onDragLeave: (event: DragEvent<HTMLTableCellElement>) => {
      if (!event.currentTarget.contains(event.relatedTarget as Node | null) && over === day) setOver(null);
    },
    onDrop: (event: DragEvent<HTMLTableCellElement>) => {
      if (!accepts(event)) return;
      const post = postById(event.dataTransfer.getData(POST_DRAG_TYPE)) ?? dragging;
      if (!post) return;
      event.preventDefault();
      setDragging(null);
      setOver(null);
      onMove(post, day);
    },
  });

  return (
    <div className={`app-calendar-scroll${dragging ? " app-calendar--dragging" : ""}`}>
      <table className={`app-calendar app-calendar--${view.mode}`}>
        <caption className="nhsuk-u-visually-hidden">{view.caption}</caption>
        <thead>
          <tr>
            {WEEKDAYS.map((weekday) => (
              <th key={weekday} scope="col">
                <abbr title={weekday}>{weekday.slice(0, 3)}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.weeks.map((week) => (
            <tr key={week[0]}>
              {week.map((day) => {
                const posts = postsByDay.get(day) ?? [];
                const classes = [
                  "app-calendar__day",
                  view.mode === "month" && !sameMonth(day, view.date) ? "app-calendar__day--outside" : "",
                  day === today ? "app-calendar__day--today" : "",
                  over === day ? "app-calendar__day--over" : "",
                ].filter(Boolean);
                return (
                  <td key={day} className={classes.join(" ")} data-date={day} {...dayProps(day)}>
                    <div className="app-calendar__date" aria-current={day === today ? "date" : undefined}>
                      <span aria-hidden="true">{detailed ? formatDay(day, "dayShortMonth") : dayOfMonth(day)}</span>
                      <span className="nhsuk-u-visually-hidden">
                        {formatDay(day)}
                        {day === today ? " (today)" : ""}
                        {posts.length === 0 ? ": no posts" : `: ${posts.length} ${posts.length === 1 ? "post" : "posts"}`}
                      </span>
                    </div>
                    {posts.length > 0 && (
                      <ul className="app-calendar__posts">
                        {posts.map((post) => (
                          <li key={post.id}>
                            <PostChip
                              post={post}
                              colour={colourOf(post.accountId)}
                              detailed={detailed}
                              movable={canMove(post)}
                              onDragStart={setDragging}
                              onDragEnd={() => {
                                setDragging(null);
                                setOver(null);
                              }}
                            />
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
