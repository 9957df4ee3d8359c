import type { PartyKind } from "../../bindings";

export const party = {
  region: "Region",
  kommun: "Kommun",
  larosate: "Lärosäte",
  other: "Annan",
} satisfies Record<PartyKind, string>;
