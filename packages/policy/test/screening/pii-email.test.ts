import { describe, expect, it } from "vitest";
import { flagged, rules } from "./pii-helpers.ts";

describe("pii.email: personal addresses", () => {
  it("flags a first.last address at nhs.net", () => {
    const text = "Drop me a line at peter.hall@nhs.net if you'd like to join the network";
    expect(flagged(text, "pii.email")).toEqual(["peter.hall@nhs.net"]);
    expect(rules(text, "pii.email")).toEqual(["pii.email.named-person"]);
  });

  it("flags initial.surname, first.middle.last and names the lexicon has never seen", () => {
    expect(flagged("Email p.hall@nhs.net or sarah.j.smith@nhs.net", "pii.email")).toEqual(["p.hall@nhs.net", "sarah.j.smith@nhs.net"]);
    expect(flagged("Contact kemi.adeyemi@nhs.net or priya.sharma2@nhs.net", "pii.email")).toEqual(["kemi.adeyemi@nhs.net", "priya.sharma2@nhs.net"]);
  });

  it("flags initials with digits and a first name on its own", () => {
    expect(flagged("Reply to jbloggs77@gatesheadhealth.nhs.uk", "pii.email")).toEqual(["jbloggs77@gatesheadhealth.nhs.uk"]);
    expect(flagged("Email claire@gatesheadhealth.nhs.uk for a place.", "pii.email")).toEqual(["claire@gatesheadhealth.nhs.uk"]);
  });

  it("flags an initial or first name run into a surname, and surnames that look like role words", () => {
    expect(flagged("Email sjones@nhs.net or sarahjones@nhs.net", "pii.email")).toEqual(["sjones@nhs.net", "sarahjones@nhs.net"]);
    expect(flagged("Email carey.smith@nhs.net or jane.banks@nhs.net", "pii.email")).toEqual(["carey.smith@nhs.net", "jane.banks@nhs.net"]);
  });

  it("does not flag department mailboxes prefixed with a site or organisation code", () => {
    const text = "Email rvi.theatres@nhs.net, qe.maternity@nhs.net, gateshead.carers@nhs.net, ghnt.volunteering@nhs.net or ncl.medicinesoptimisation@nhs.net";
    expect(flagged(text, "pii.email")).toEqual([]);
  });

  it("flags every address at a personal mailbox provider, whatever its local part", () => {
    const providers = ["gmail.com", "googlemail.com", "hotmail.co.uk", "outlook.com", "live.co.uk", "yahoo.co.uk", "icloud.com", "aol.com", "btinternet.com", "sky.com", "me.com"];
    for (const domain of providers) {
      const address = `leagueoffriends@${domain}`;
      expect(flagged(`Send entries to ${address} by Friday`, "pii.email")).toEqual([address]);
      expect(rules(`Send entries to ${address} by Friday`, "pii.email")).toEqual(["pii.email.personal-provider"]);
    }
  });

  it("flags an address written with [at] or (at) to dodge spam robots", () => {
    expect(flagged("Email jane.smith [at] nhs.net", "pii.email")).toEqual(["jane.smith [at] nhs.net"]);
    expect(flagged("Email jane.smith(at)nhs(dot)net", "pii.email")).toEqual(["jane.smith(at)nhs(dot)net"]);
    expect(flagged("Email pals [at] nhs.net", "pii.email")).toEqual([]);
  });

  it("does not flag role mailboxes", () => {
    const roles = [
      "communications@nhs.net", "press.office@nhs.net", "pals@nhs.net", "enquiries@nhs.net", "engagement.team@nhs.net",
      "foi@nhs.net", "pressoffice@nuth.nhs.uk", "commsteam@x.nhs.uk", "recruitment@x.nhs.uk", "hr.team@x.nhs.uk",
      "digital@x.nhs.uk", "membership@x.nhs.uk", "governors@x.nhs.uk", "complaints@x.nhs.uk", "info@x.nhs.uk",
      "admin@x.nhs.uk", "procurement.enquiries@nhs.net", "primarycare.team@nhs.net", "ftsu.guardian@nhs.net", "volunteering@nhs.net",
    ];
    for (const address of roles) expect(flagged(`Write to ${address}`, "pii.email")).toEqual([]);
  });

  it("does not flag organisation-prefixed role mailboxes", () => {
    const text = "Email ncic.pals@nhs.net, nhsnwl.communications.nwl@nhs.net, NECSU.Equality@nhs.net, england.contactus@nhs.net or tnr-tr.enquiries@nhs.net";
    expect(flagged(text, "pii.email")).toEqual([]);
  });

  it("does not flag a single word that is not a first name", () => {
    expect(flagged("Email estates@x.nhs.uk or ncic@x.nhs.uk", "pii.email")).toEqual([]);
  });

  it("points at the address after emoji and right-to-left text", () => {
    const text = "📧 שלום مرحبا peter.hall@nhs.net";
    expect(flagged(text, "pii.email")).toEqual(["peter.hall@nhs.net"]);
  });

  it("stays linear on a long run with no @", () => {
    const started = performance.now();
    expect(flagged("a.".repeat(50_000), "pii.email")).toEqual([]);
    expect(flagged("a@".repeat(50_000), "pii.email")).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe("pii.email: titles written into the address", () => {
  it("flags a doctor's or a professor's address with the title in front", () => {
    for (const address of ["dr.p.lee@nhs.net", "dr.a.okafor@nhs.net", "prof.jane.smith@nhs.net", "mr.smith@nhs.net"]) {
      expect(flagged(`Email ${address} with your timesheet.`, "pii.email")).toEqual([address]);
    }
  });

  it("does not flag a role mailbox that starts with a title word", () => {
    expect(flagged("Email dr.bookings@nhs.net or sister.ward4@nhs.net.", "pii.email")).toEqual([]);
  });
});

describe("pii.email: kinds of address (written for these tests, not taken from the corpora)", () => {
  it("flags first.last when the surname is also a role word, and names the post mentions", () => {
    expect(flagged("Email my colleague Grace at grace.ward@nhs.net for an appointment.", "pii.email")).toEqual(["grace.ward@nhs.net"]);
    expect(flagged("Questions to the project lead, aoife.brennan@nhs.net.", "pii.email")).toEqual(["aoife.brennan@nhs.net"]);
    expect(flagged("Applications to Professor Osei at kwame.osei@nhs.scot by Friday.", "pii.email")).toEqual(["kwame.osei@nhs.scot"]);
  });

  it("does not flag a fediverse handle or team mailboxes named after a place or a service", () => {
    for (const text of [
      "Follow us on the fediverse: @nhsgrampian@mastodon.scot",
      "@fiona@mastodon.social thanks for the tip!",
      "Send entries to leeds.north@nhs.net by Friday.",
      "Get in touch at talking.therapies@nhs.net.",
      "Email volunteering.services@nhs.net to find out more.",
      "Questions? infection.prevention@nhs.net",
      "Contact our team at patient.experience@nhs.net.",
    ]) {
      expect(flagged(text, "pii.email")).toEqual([]);
    }
  });
});
