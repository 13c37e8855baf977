import { can } from "@gatehouse/policy";
import { useQuery } from "@tanstack/react-query";
import { Button, Checkboxes, TextInput } from "nhsuk-react-components";
import { useState, type SubmitEvent } from "react";
import { Link, useSearchParams } from "react-router";
import { useCurrentUser } from "../auth/session-context.ts";
import { FilterSelect } from "../components/filter-select.tsx";
import { Loading } from "../components/loading.tsx";
import { usePageTitle } from "../components/page-title.ts";
import { QueryError } from "../components/query-error.tsx";
import { useTRPC } from "../trpc.ts";
import { AssetCard } from "./asset-card.tsx";
import { useBrandSettings } from "../brand/use-brand-settings.ts";
import {
  BRAND_FILTERS,
  filtersFromParams,
  LABEL_FILTERS,
  listInput,
  paramsFromFilters,
  PEOPLE_FILTERS,
  type LibraryFilters,
} from "./library-filters.ts";
import "./assets.css";

/** `/assets`: the picture library. Contributors see the photos they uploaded; comms, brand and IG see them all. */
export function LibraryPage() {
  usePageTitle("Pictures");
  const user = useCurrentUser();
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const applied = filtersFromParams(params);
  const assets = useQuery(trpc.assets.list.queryOptions(listInput(applied)));
  const seesAll = can(user.roles, "assets.viewAll");

  return (
    <>
      <h1>Pictures</h1>
      <p>
        {seesAll ? "Every photo uploaded for official content." : "The photos you have uploaded."} Open one to say who is in it, check where it
        may be published and choose how it is cropped.
      </p>
      {can(user.roles, "assets.upload") && (
        <Link className="nhsuk-button" to="/assets/upload">
          Upload a photo
        </Link>
      )}
      <FilterForm
        key={params.toString()}
        initial={applied}
        seesAll={seesAll}
        onApply={(filters) => {
          setParams(paramsFromFilters(filters));
        }}
      />
      {assets.isPending ? (
        <Loading />
      ) : assets.isError ? (
        <QueryError error={assets.error} />
      ) : assets.data.length === 0 ? (
        <p>No pictures match.</p>
      ) : (
        <>
          <p role="status">{assets.data.length === 1 ? "1 picture" : `${assets.data.length} pictures`}</p>
          <ul className="app-asset-grid">
            {assets.data.map((asset) => (
              <AssetCard key={asset.id} asset={asset} />
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function FilterForm({ initial, seesAll, onApply }: { initial: LibraryFilters; seesAll: boolean; onApply: (filters: LibraryFilters) => void }) {
  const [filters, setFilters] = useState(initial);
  const taxonomy = useBrandSettings().data?.taxonomy ?? [];
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(filters);
  };
  return (
    <form onSubmit={onSubmit} noValidate className="app-filters" aria-label="Filter the pictures">
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-half">
          <TextInput
            label="Search"
            id="search"
            name="search"
            hint="A file name, caption or tag"
            autoComplete="off"
            value={filters.search}
            onChange={(event) => {
              setFilters({ ...filters, search: event.target.value });
            }}
          />
        </div>
        <div className="nhsuk-grid-column-one-half">
          <TextInput
            label="Tag"
            id="tag"
            name="tag"
            hint="One tag, such as one of the organisation's"
            autoComplete="off"
            list="tag-suggestions"
            value={filters.tag}
            onChange={(event) => {
              setFilters({ ...filters, tag: event.target.value });
            }}
          />
          <datalist id="tag-suggestions">
            {taxonomy.map((tag) => (
              <option key={tag} value={tag} />
            ))}
          </datalist>
        </div>
      </div>
      <div className="nhsuk-grid-row">
        <FilterSelect label="People in the picture" id="people" value={filters.people} options={PEOPLE_FILTERS} onChange={(people) => setFilters({ ...filters, people })} />
        <FilterSelect label="Security classification" id="label" value={filters.classification} options={LABEL_FILTERS} onChange={(classification) => setFilters({ ...filters, classification })} />
        <FilterSelect label="Brand review" id="brand" value={filters.brandState} options={BRAND_FILTERS} onChange={(brandState) => setFilters({ ...filters, brandState })} />
      </div>
      {/* Its own row: beside the floated columns above, the checkbox would be squeezed to their right. */}
      {seesAll && (
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-full">
            <Checkboxes name="mine" small>
              <Checkboxes.Item
                id="mine"
                value="yes"
                checked={filters.mine}
                onChange={(event) => {
                  setFilters({ ...filters, mine: event.target.checked });
                }}
              >
                Only pictures I uploaded
              </Checkboxes.Item>
            </Checkboxes>
          </div>
        </div>
      )}
      <div className="nhsuk-button-group">
        <Button type="submit" secondary>
          Apply filters
        </Button>
        <Link to="/assets" className="nhsuk-link">
          Clear filters
        </Link>
      </div>
    </form>
  );
}
