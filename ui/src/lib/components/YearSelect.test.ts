import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { expect, test } from "vitest";
import YearSelect from "./YearSelect.svelte";

const plans = [
  { id: 7, year: 2023 },
  { id: 3, year: 2022 },
];

test("the label names the select, the years read as the place words them, and a choice gives the plan's id", async () => {
  const chosen: number[] = [];
  render(YearSelect, {
    id: "test-year", testid: "test-year", label: "Planår", plans, value: 3,
    option: (year: number) => `Aktivitetsplan ${year}`, onselect: (id: number) => chosen.push(id),
  });
  const select = screen.getByLabelText<HTMLSelectElement>("Planår");
  expect(select.dataset.testid).toBe("test-year");
  expect([...select.options].map((o) => o.text)).toEqual(["Aktivitetsplan 2023", "Aktivitetsplan 2022"]);
  expect(select.value).toBe("3");

  await userEvent.setup().selectOptions(select, "Aktivitetsplan 2023");
  expect(chosen).toEqual([7]);
});

test("a hidden label still names the select for a screen reader; the year alone by default", () => {
  render(YearSelect, { id: "plan-year", testid: "plan-year", label: "Planår", hideLabel: true, plans, value: 7, onselect: () => {} });
  const select = screen.getByRole("combobox", { name: "Planår" });
  expect(screen.getByText("Planår").classList.contains("visually-hidden")).toBe(true);
  expect([...(select as HTMLSelectElement).options].map((o) => o.text)).toEqual(["2023", "2022"]);
});
