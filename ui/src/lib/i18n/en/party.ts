import type { Messages } from "../sv";

export const party: Messages["party"] = {
  region: "Region",
  kommun: "Municipality",
  larosate: "University",
  other: "Other",
};
