import { describe, expect, test } from "vitest";
import { meetingErrorField } from "./meetingErrors";

describe("meetingErrorField", () => {
  test("puts core's refusals next to the field they are about", () => {
    expect(meetingErrorField("Starttiden ”25” är inget klockslag som Rådsplan förstår.")).toBe("startsAt");
    expect(meetingErrorField("Sluttiden ”x” är inget klockslag som Rådsplan förstår.")).toBe("endsAt");
    expect(meetingErrorField("Mötet slutar 09:00 men börjar 10:00: det måste sluta efter att det har börjat.")).toBe("endsAt");
    expect(meetingErrorField("Ange när mötet börjar, eller ta bort sluttiden.")).toBe("startsAt");
    expect(meetingErrorField("Plats får vara högst 300 tecken")).toBe("place");
    expect(meetingErrorField("Ange mötets datum, eller skriv ungefär när det ska hållas.")).toBe("heldOn");
    expect(meetingErrorField("”Gruppen” har redan ett möte 25 aug 2022.")).toBe("heldOn");
  });
});
